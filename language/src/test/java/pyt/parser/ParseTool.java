package pyt.parser;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Developer tool. {@code ParseTool FILE...} prints each file's AST dump or "ERR line msg";
 * {@code ParseTool --hash} reads paths from stdin and prints "path TAB md5-of-dump" (or the
 * error), the same as {@code ast_dump.py --hash}, to diff whole trees against CPython's.
 */
public final class ParseTool {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--errors")) {
            String mode = args[0].equals("--errors") ? "exec" : args[0].substring("--errors-".length());
            String all = Files.readString(Path.of(args[1]));
            String[] cases = all.split("\n====\n", -1);
            for (int i = 0; i < cases.length; i++) {
                String r;
                try {
                    switch (mode) {
                        case "eval" -> Parser.parseExpression(cases[i], "f");
                        case "single" -> Parser.parseInteractive(cases[i], "f");
                        default -> Parser.parseModule(cases[i], "f");
                    }
                    r = "OK";
                } catch (PythonSyntaxError e) {
                    r = e.kind() + "\t" + e.getMessage() + "\t" + e.line() + "\t" + e.column();
                } catch (RuntimeException | StackOverflowError e) {
                    r = "CRASH\t" + e;
                }
                System.out.println(i + "\t" + r);
            }
            return;
        }
        if (args.length > 0 && args[0].equals("--hash")) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (String path; (path = in.readLine()) != null;) {
                out.append(path).append('\t').append(result(path, md5)).append('\n');
            }
            System.out.print(out);
            return;
        }
        for (String a : args) {
            String src = Files.readString(Path.of(a));
            try {
                System.out.println(AstDump.dump(Parser.parseModule(src, a)));
            } catch (PythonSyntaxError e) {
                System.out.println("ERR " + e.line() + " " + e.getMessage());
            }
        }
    }

    private static String result(String path, MessageDigest md5) {
        String src;
        try {
            src = Files.readString(Path.of(path));
        } catch (Exception e) {
            return "UNREADABLE";
        }
        try {
            String d = AstDump.dump(Parser.parseModule(src, path));
            return HexFormat.of().formatHex(md5.digest(d.getBytes(StandardCharsets.UTF_8)));
        } catch (PythonSyntaxError e) {
            return "ERR " + e.line() + " " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "CRASH " + e;
        }
    }
}
