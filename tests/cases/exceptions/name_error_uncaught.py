def greet():
    print("hello")
    print(messsage)


greet()
