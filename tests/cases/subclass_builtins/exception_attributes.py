class ValidationError(Exception):
    def __init__(self, field, message, code=400):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.code = code

    def __str__(self):
        return "%s: %s (code %d)" % (self.field, self.message, self.code)


try:
    raise ValidationError("email", "invalid format")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args, e.field, e.code)
    print(isinstance(e, Exception), type(e).__name__)


class NotFound(ValidationError):
    def __init__(self, field):
        super().__init__(field, "not found", 404)


try:
    raise NotFound("user")
except ValidationError as e:
    print(type(e).__name__, e, e.code)
print(issubclass(NotFound, Exception), [c.__name__ for c in NotFound.__mro__])
