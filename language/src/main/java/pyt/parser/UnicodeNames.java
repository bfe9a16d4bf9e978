package pyt.parser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names {@code \\N{...}} accepts, as CPython's unicodedata does: character names (Java's
 * table), the formal aliases and abbreviations of NameAliases.txt that Java lacks, variation
 * selectors, and the algorithmic CJK and Hangul syllable names. Lookup is case-insensitive.
 */
final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String ALIASES = "NULL=0;NUL=0;START OF HEADING=1;SOH=1;START OF TEXT=2;STX=2;END OF TEXT=3;ETX=3;"
                    + "END OF TRANSMISSION=4;EOT=4;ENQUIRY=5;ENQ=5;ACKNOWLEDGE=6;ACK=6;ALERT=7;BEL=7;BACKSPACE=8;BS=8;"
                    + "CHARACTER TABULATION=9;HORIZONTAL TABULATION=9;HT=9;TAB=9;LINE FEED=A;NEW LINE=A;END OF LINE=A;LF=A;"
                    + "NL=A;EOL=A;LINE TABULATION=B;VERTICAL TABULATION=B;VT=B;FORM FEED=C;FF=C;CARRIAGE RETURN=D;CR=D;"
                    + "SHIFT OUT=E;LOCKING-SHIFT ONE=E;SO=E;SHIFT IN=F;LOCKING-SHIFT ZERO=F;SI=F;DATA LINK ESCAPE=10;"
                    + "DLE=10;DEVICE CONTROL ONE=11;DC1=11;DEVICE CONTROL TWO=12;DC2=12;DEVICE CONTROL THREE=13;DC3=13;"
                    + "DEVICE CONTROL FOUR=14;DC4=14;NEGATIVE ACKNOWLEDGE=15;NAK=15;SYNCHRONOUS IDLE=16;SYN=16;"
                    + "END OF TRANSMISSION BLOCK=17;ETB=17;CANCEL=18;CAN=18;END OF MEDIUM=19;EOM=19;SUBSTITUTE=1A;SUB=1A;"
                    + "ESCAPE=1B;ESC=1B;INFORMATION SEPARATOR FOUR=1C;FILE SEPARATOR=1C;FS=1C;"
                    + "INFORMATION SEPARATOR THREE=1D;GROUP SEPARATOR=1D;GS=1D;INFORMATION SEPARATOR TWO=1E;"
                    + "RECORD SEPARATOR=1E;RS=1E;INFORMATION SEPARATOR ONE=1F;UNIT SEPARATOR=1F;US=1F;SP=20;DELETE=7F;"
                    + "DEL=7F;PADDING CHARACTER=80;PAD=80;HIGH OCTET PRESET=81;HOP=81;BREAK PERMITTED HERE=82;BPH=82;"
                    + "NO BREAK HERE=83;NBH=83;INDEX=84;IND=84;NEXT LINE=85;NEL=85;START OF SELECTED AREA=86;SSA=86;"
                    + "END OF SELECTED AREA=87;ESA=87;CHARACTER TABULATION SET=88;HTS=88;"
                    + "CHARACTER TABULATION WITH JUSTIFICATION=89;HTJ=89;LINE TABULATION SET=8A;VTS=8A;"
                    + "PARTIAL LINE FORWARD=8B;PLD=8B;PARTIAL LINE BACKWARD=8C;PLU=8C;REVERSE LINE FEED=8D;"
                    + "REVERSE INDEX=8D;RI=8D;SINGLE SHIFT TWO=8E;SINGLE-SHIFT-2=8E;SS2=8E;SINGLE SHIFT THREE=8F;"
                    + "SINGLE-SHIFT-3=8F;SS3=8F;DEVICE CONTROL STRING=90;DCS=90;PRIVATE USE ONE=91;PRIVATE USE-1=91;PU1=91;"
                    + "PRIVATE USE TWO=92;PRIVATE USE-2=92;PU2=92;SET TRANSMIT STATE=93;STS=93;CANCEL CHARACTER=94;CCH=94;"
                    + "MESSAGE WAITING=95;MW=95;START OF GUARDED AREA=96;START OF PROTECTED AREA=96;SPA=96;"
                    + "END OF GUARDED AREA=97;END OF PROTECTED AREA=97;EPA=97;START OF STRING=98;SOS=98;"
                    + "SINGLE GRAPHIC CHARACTER INTRODUCER=99;SGC=99;SINGLE CHARACTER INTRODUCER=9A;SCI=9A;"
                    + "CONTROL SEQUENCE INTRODUCER=9B;CSI=9B;STRING TERMINATOR=9C;ST=9C;OPERATING SYSTEM COMMAND=9D;OSC=9D;"
                    + "PRIVACY MESSAGE=9E;PM=9E;APPLICATION PROGRAM COMMAND=9F;APC=9F;NBSP=A0;SHY=AD;CGJ=34F;ALM=61C;"
                    + "MVS=180E;FVS1=180B;FVS2=180C;FVS3=180D;FVS4=180F;ZWSP=200B;ZWNJ=200C;ZWJ=200D;LRM=200E;RLM=200F;"
                    + "LRE=202A;RLE=202B;PDF=202C;LRO=202D;RLO=202E;NNBSP=202F;MMSP=205F;WJ=2060;LRI=2066;RLI=2067;"
                    + "FSI=2068;PDI=2069;ZWNBSP=FEFF;BYTE ORDER MARK=FEFF;BOM=FEFF;LATIN CAPITAL LETTER GHA=1A2;"
                    + "LATIN SMALL LETTER GHA=1A3;KANNADA LETTER LLLA=CDE;LAO LETTER FO FON=E9D;LAO LETTER FO FAY=E9F;"
                    + "LAO LETTER RO=EA3;LAO LETTER LO=EA5;TIBETAN MARK BKA- SHOG GI MGO RGYAN=FD0;"
                    + "YI SYLLABLE ITERATION MARK=A015;PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET=FE18;"
                    + "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS=1D0C5;WEIERSTRASS ELLIPTIC FUNCTION=2118;"
                    + "MICR ON US SYMBOL=2448;MICR DASH SYMBOL=2449;"
                    + "LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE=2B7A;"
                    + "RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE=2B7C;"
                    + "HANGUL JONGSEONG YESIEUNG-KIYEOK=11EC;HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK=11ED;"
                    + "HANGUL JONGSEONG SSANGYESIEUNG=11EE;HANGUL JONGSEONG YESIEUNG-KHIEUKH=11EF;"
                    + "SYRIAC SUBLINEAR COLON SKEWED LEFT=709;";

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
        "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static Map<String, Integer> aliases;

    private static synchronized Map<String, Integer> aliases() {
        if (aliases == null) {
            aliases = new HashMap<>();
            for (String entry : ALIASES.split(";")) {
                int eq = entry.indexOf('=');
                aliases.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1), 16));
            }
        }
        return aliases;
    }

    /** The code point with this name, or -1. */
    static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        Integer alias = aliases().get(n);
        if (alias != null) {
            return alias;
        }
        if (n.startsWith("VS") && n.length() <= 5 && n.substring(2).chars().allMatch(Character::isDigit) && n.length() > 2) {
            int k = Integer.parseInt(n.substring(2));
            return k >= 1 && k <= 16 ? 0xFE00 + k - 1 : k >= 17 && k <= 256 ? 0xE0100 + k - 17 : -1;
        }
        if (n.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return cjk(n.substring("CJK UNIFIED IDEOGRAPH-".length()));
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            return hangul(n.substring("HANGUL SYLLABLE ".length()));
        }
        try {
            int cp = Character.codePointOf(n);
            // Java also knows names for code points CPython's algorithmic ranges cover differently
            return n.startsWith("CJK UNIFIED IDEOGRAPHS") || n.startsWith("HANGUL SYLLABLES") ? -1 : cp;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int cjk(String hex) {
        if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return -1;
        }
        int cp = Integer.parseInt(hex, 16);
        String javaName = Character.getName(cp);
        return javaName != null && javaName.startsWith("CJK UNIFIED IDEOGRAPH") && Character.isIdeographic(cp) ? cp : -1;
    }

    /** Hangul syllable names are built from the jamo short names (Unicode ch. 3.12). */
    private static int hangul(String rest) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!rest.startsWith(JAMO_L[l])) {
                continue;
            }
            String afterL = rest.substring(JAMO_L[l].length());
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!afterL.startsWith(JAMO_V[v])) {
                    continue;
                }
                String afterV = afterL.substring(JAMO_V[v].length());
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (afterV.equals(JAMO_T[t])) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
