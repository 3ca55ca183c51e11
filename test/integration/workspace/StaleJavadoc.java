package samples;

public class StaleJavadoc {
    /**
     * Scales a value.
     *
     * @param value the value
     * @param factor the old name
     * @return the scaled value
     */
    public static double scale(double value, double times) {
        return value * times;
    }

    /**
     * Opens a file.
     *
     * @param path where it is
     */
    public static void open(String path) throws java.io.IOException {
        if (path.isEmpty()) throw new java.io.IOException("empty");
    }
}
