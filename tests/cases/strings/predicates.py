for s in ["123", "12.3", "abc", "ABC", "aBc", "abc123", "", " ", "\t\n", "Title Case", "²", "٣", "_x"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
