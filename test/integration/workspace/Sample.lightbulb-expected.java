// Sample class for Docwright's integration tests (lightbulb).
package samples;

import java.util.List;

public class Sample {
    /**
     * _summary_
     *
     * @param a _description_
     * @param b _description_
     * @return _description_
     */
    public static int add(int a, int b) {
        return a + b;
    }

    /**
     * Returns a greeting for {@code name}.
     *
     * @param name who to greet
     * @return the greeting text
     */
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
