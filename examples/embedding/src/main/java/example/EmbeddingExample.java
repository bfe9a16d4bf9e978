package example;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Python inside a Java application with pyt: the common cases of embedding, each printed.
 * Run it after building pyt ({@code mvn install} in pyt's directory) with
 * {@code mvn package} and {@code java -cp 'target/*:target/lib/*' example.EmbeddingExample}.
 */
public final class EmbeddingExample {

    public static void main(String[] args) {
        // pyt runs in Truffle's interpreter unless the JVM has the Graal compiler; say nothing about it here
        System.setProperty("polyglot.engine.WarnInterpreterOnly", "false");

        // 1. A context with the defaults: no Java classes, no files, no environment for Python.
        try (Context context = Context.create("pyt")) {

            // Evaluate Python; the value of the last expression comes back.
            Value sum = context.eval("pyt", "sum(n * n for n in range(10))");
            System.out.println("sum of squares: " + sum.asInt());

            // Define functions and classes from a source, then use them from Java.
            context.eval(Source.create("pyt", """
                def greet(name, times=1):
                    return ', '.join(['Hello ' + name] * times)

                def stats(*values):
                    return {'count': len(values), 'total': sum(values), 'max': max(values)}

                primes = [n for n in range(2, 30) if all(n % d for d in range(2, n))]
                """));
            Value bindings = context.getBindings("pyt");

            // Call a Python function with Java arguments.
            Value greet = bindings.getMember("greet");
            System.out.println("greet: " + greet.execute("Java", 2).asString());

            // Read a Python list as an array.
            Value primes = bindings.getMember("primes");
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < primes.getArraySize(); i++) {
                sb.append(i == 0 ? "" : " ").append(primes.getArrayElement(i).asInt());
            }
            System.out.println("primes (" + primes.getArraySize() + "): " + sb);

            // Read a Python dict through the hash API.
            Value stats = bindings.getMember("stats").execute(4, 8, 15, 16, 23, 42);
            System.out.println("stats: count=" + stats.getHashValue("count").asInt() + " total=" + stats.getHashValue("total").asInt()
                            + " max=" + stats.getHashValue("max").asInt() + " (" + stats.getHashSize() + " entries: " + stats + ")");

            // A Python exception arrives as a PolyglotException: type, message, file and line.
            Source failing = Source.newBuilder("pyt", """
                def parse_age(text):
                    age = int(text)
                    if age < 0:
                        raise ValueError(f"negative age: {age}")
                    return age

                parse_age("-3")
                """, "ages.py").buildLiteral();
            try {
                context.eval(failing);
            } catch (PolyglotException e) {
                System.out.println("caught " + e.getGuestObject().getMetaObject().getMetaSimpleName() + " \"" + e.getMessage() + "\" at "
                                + e.getSourceLocation().getSource().getName() + ":" + e.getSourceLocation().getStartLine());
            }

            // Safe by default: Java classes and files are out of reach.
            System.out.println("java.type: " + context.eval("pyt", """
                import java
                try:
                    java.type('java.lang.Runtime')
                    outcome = 'reached Java'
                except PermissionError as e:
                    outcome = 'refused (' + type(e).__name__ + ')'
                outcome
                """).asString());
            System.out.println("open():    " + context.eval("pyt", """
                try:
                    open('/etc/passwd').read()
                    outcome = 'read the file'
                except PermissionError as e:
                    outcome = 'refused (' + type(e).__name__ + ')'
                outcome
                """).asString());
        }

        // 2. A context that lets Python use Java: all public members, classes found by name.
        try (Context context = Context.newBuilder("pyt")
                        .allowHostAccess(HostAccess.ALL)
                        .allowHostClassLookup(className -> className.startsWith("java.util."))
                        .build()) {
            Value list = context.eval("pyt", """
                import java
                ArrayList = java.type('java.util.ArrayList')
                words = ArrayList()
                for word in 'the quick brown fox jumps'.split():
                    words.add(word.upper())
                words.sort(lambda a, b: len(a) - len(b))   # a Python function as a java.util.Comparator
                words
                """);
            @SuppressWarnings("unchecked")
            List<String> javaList = list.as(List.class);
            System.out.println("from Python: " + list.getMetaObject().getMetaQualifiedName() + " " + javaList + " (host object: "
                            + (list.asHostObject() instanceof java.util.ArrayList) + ")");
        }
    }
}
