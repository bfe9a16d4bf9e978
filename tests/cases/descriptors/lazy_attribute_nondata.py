class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @lazy
    def summary(self):
        print("computing summary")
        return {"n": len(self.rows), "sum": sum(self.rows)}

    @lazy
    def top(self):
        print("computing top")
        return max(self.rows)


r = Report([4, 8, 1])
print(r.summary)
print(r.summary)
print(r.top, r.top)
print(sorted(vars(r)))
print(type(Report.summary).__name__, Report.summary.name)
