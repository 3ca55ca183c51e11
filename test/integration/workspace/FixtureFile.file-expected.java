/*
 * Licence header: kept above everything Docwright writes.
 */
package samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * _summary_
 *
 * @param <T> _description_
 */
@SuppressWarnings("unused")
public class FixtureFile<T extends Comparable<T>> {
    /** _summary_ */
    private final List<T> items = new ArrayList<>();

    /**
     * _summary_
     *
     * @param initial _description_
     */
    public FixtureFile(List<T> initial) {
        items.addAll(initial);
    }

    /**
     * _summary_
     *
     * @return _description_
     * @throws IllegalStateException _description_
     */
    @Deprecated
    public T largest() {
        if (items.isEmpty()) {
            throw new IllegalStateException("empty");
        }
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) best = item;
        }
        return best;
    }

    /**
     * _summary_
     *
     * @param path _description_
     * @param append _description_
     * @throws IOException _description_
     */
    public void save(String path,
                     boolean append) throws IOException {
        Runnable later = () -> {
            throw new UnsupportedOperationException("not the method's");
        };
    }

    /**
     * _summary_
     *
     * @param <K> _description_
     * @param value _description_
     * @param counts _description_
     * @return _description_
     */
    public static <K> List<K> repeat(K value, int... counts) {
        return new ArrayList<>();
    }

    /** _summary_ */
    public enum Color {
        /** _summary_ */
        RED,
        /** _summary_ */
        GREEN
    }

    /**
     * _summary_
     *
     * @param x _description_
     * @param y _description_
     */
    public record Point(int x, int y) {
    }

    /** _summary_ */
    interface Visitor {
        /**
         * _summary_
         *
         * @param o _description_
         */
        void visit(Object o);
    }
}
