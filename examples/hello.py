# Run with: ./pyt examples/hello.py
print("Hello, world!")
