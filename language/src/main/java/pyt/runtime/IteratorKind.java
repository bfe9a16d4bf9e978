package pyt.runtime;

/**
 * The CPython class of a Java-implemented iterator or dict view. Each kind is a class of its
 * own (as {@code type(iter([]))} is {@code list_iterator}), made a subclass of {@code iterator},
 * which holds the methods they all share ({@link BuiltinTypes#iteratorType}).
 */
public enum IteratorKind {
    ITERATOR("iterator"),
    LIST("list_iterator"),
    LIST_REVERSE("list_reverseiterator"),
    TUPLE("tuple_iterator"),
    RANGE("range_iterator"),
    STR_ASCII("str_ascii_iterator"),
    STR("str_iterator"),
    BYTES("bytes_iterator"),
    BYTEARRAY("bytearray_iterator"),
    SET("set_iterator"),
    DICT_KEYS("dict_keyiterator"),
    DICT_VALUES("dict_valueiterator"),
    DICT_ITEMS("dict_itemiterator"),
    DICT_REVERSE_KEYS("dict_reversekeyiterator"),
    DICT_REVERSE_VALUES("dict_reversevalueiterator"),
    DICT_REVERSE_ITEMS("dict_reverseitemiterator"),
    REVERSED("reversed"),
    ENUMERATE("enumerate"),
    ZIP("zip"),
    MAP("map"),
    FILTER("filter"),
    CALLABLE("callable_iterator"),
    KEYS_VIEW("dict_keys"),
    VALUES_VIEW("dict_values"),
    ITEMS_VIEW("dict_items");

    private final String typeName;

    IteratorKind(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
