class ClassProp:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        return self.fn(objtype)


class Model:
    table_prefix = "tbl_"

    @ClassProp
    def table(cls):
        return cls.table_prefix + cls.__name__.lower()


class User(Model):
    pass


class Order(Model):
    table_prefix = "t_"


print(Model.table, User.table, Order.table)
print(User().table, Order().table)
