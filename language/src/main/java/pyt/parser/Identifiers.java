package pyt.parser;

/** Python's rules for identifier characters (PEP 3131) and printable characters. */
final class Identifiers {
    private Identifiers() {
    }

    /** Index of the first character that may not appear where it is, or -1 if the identifier is valid. */
    static int firstInvalid(String id) {
        int i = 0;
        while (i < id.length()) {
            int cp = id.codePointAt(i);
            boolean ok = i == 0 ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** CPython's message for a character that cannot start or continue a token. */
    static String invalidCharacterMessage(int cp) {
        String hex = String.format("%04X", cp);
        if (isPrintable(cp)) {
            return "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")";
        }
        return "invalid non-printable character U+" + hex;
    }

    static boolean isXidStart(int cp) {
        // U+FF9E/U+FF9F are ID_Start but not XID_Start (their NFKC forms are combining marks)
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0xFF9E
                        && cp != 0xFF9F;
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
