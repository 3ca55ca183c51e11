/*
 * Licence header: kept above everything Docwright writes.
 */
package samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

@SuppressWarnings("unused")
public class FixtureFile<T extends Comparable<T>> {
    private final List<T> items = new ArrayList<>();

    public FixtureFile(List<T> initial) {
        items.addAll(initial);
    }

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

    public void save(String path,
                     boolean append) throws IOException {
        Runnable later = () -> {
            throw new UnsupportedOperationException("not the method's");
        };
    }

    public static <K> List<K> repeat(K value, int... counts) {
        return new ArrayList<>();
    }

    public enum Color {
        RED,
        GREEN
    }

    public record Point(int x, int y) {
    }

    interface Visitor {
        void visit(Object o);
    }
}
