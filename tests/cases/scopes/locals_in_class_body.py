# locals() and dir() in a class body see the namespace being filled
x = 123
class A:
    y = 1
    def f(self):
        pass
    print('x' in locals(), locals()['y'], 'f' in locals())
    print(dir())
    locals()['z'] = 2
print(A.z)

def g():
    a = 1
    print(locals(), dir())
g()
