class HttpError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
        super().__init__(status, reason)

    def __repr__(self):
        return "HttpError<%d %s>" % (self.status, self.reason)

    def __str__(self):
        return "%d %s" % (self.status, self.reason)


errors = [HttpError(404, "Not Found"), HttpError(500, "Server Error")]
print(errors)
for err in errors:
    try:
        raise err
    except HttpError as e:
        print("caught:", e, "| status", e.status, "| args", e.args)
print("%s / %r" % (errors[0], errors[0]))
print(f"{errors[1]!r} {errors[1]}")
