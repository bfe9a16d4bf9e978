names = [ZeroDivisionError, OverflowError, ArithmeticError, IndexError, KeyError, LookupError,
         ValueError, UnicodeDecodeError, TypeError, NameError, UnboundLocalError, AttributeError,
         FileNotFoundError, OSError, StopIteration, RuntimeError, RecursionError, NotImplementedError,
         AssertionError, ImportError, ModuleNotFoundError, KeyboardInterrupt, SystemExit, GeneratorExit,
         Exception, BaseException]
for cls in names:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(TimeoutError, OSError), issubclass(ConnectionError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(EnvironmentError is OSError, IOError is OSError)
