// Licence header.
using System;
using System.Collections.Generic;

namespace Demo
{
    [Serializable]
    public class FixtureFile<T> where T : IComparable<T>
    {
        private readonly List<T> _items = new List<T>();

        public FixtureFile(IEnumerable<T> initial)
        {
            _items.AddRange(initial);
        }

        public int Count => _items.Count;

        public event EventHandler Changed;

        public enum Mode
        {
            Fast,
            Slow = 2,
        }

        public delegate bool Filter(T item);

        public double Scale(double factor, int times = 2)
        {
            if (factor < 0) throw new ArgumentOutOfRangeException(nameof(factor));
            return factor * times;
        }

        public async System.Threading.Tasks.Task SaveAsync(string path, params string[] lines)
        {
            await System.Threading.Tasks.Task.Delay(1);
        }

        public T Largest<TKey>(Func<T, TKey> key) where TKey : IComparable<TKey>
        {
            if (_items.Count == 0) throw new InvalidOperationException("empty");
            return _items[0];
        }
    }
}
