// Licence header.
using System;
using System.Collections.Generic;

namespace Demo
{
    /// <summary>
    /// _summary_
    /// </summary>
    /// <typeparam name="T">_description_</typeparam>
    [Serializable]
    public class FixtureFile<T> where T : IComparable<T>
    {
        /// <summary>
        /// _summary_
        /// </summary>
        private readonly List<T> _items = new List<T>();

        /// <summary>
        /// _summary_
        /// </summary>
        /// <param name="initial">_description_</param>
        public FixtureFile(IEnumerable<T> initial)
        {
            _items.AddRange(initial);
        }

        /// <summary>
        /// _summary_
        /// </summary>
        public int Count => _items.Count;

        /// <summary>
        /// _summary_
        /// </summary>
        public event EventHandler Changed;

        /// <summary>
        /// _summary_
        /// </summary>
        public enum Mode
        {
            /// <summary>
            /// _summary_
            /// </summary>
            Fast,
            /// <summary>
            /// _summary_
            /// </summary>
            Slow = 2,
        }

        /// <summary>
        /// _summary_
        /// </summary>
        /// <param name="item">_description_</param>
        /// <returns>_description_</returns>
        public delegate bool Filter(T item);

        /// <summary>
        /// _summary_
        /// </summary>
        /// <param name="factor">_description_</param>
        /// <param name="times">_description_</param>
        /// <returns>_description_</returns>
        /// <exception cref="ArgumentOutOfRangeException">_description_</exception>
        public double Scale(double factor, int times = 2)
        {
            if (factor < 0) throw new ArgumentOutOfRangeException(nameof(factor));
            return factor * times;
        }

        /// <summary>
        /// _summary_
        /// </summary>
        /// <param name="path">_description_</param>
        /// <param name="lines">_description_</param>
        public async System.Threading.Tasks.Task SaveAsync(string path, params string[] lines)
        {
            await System.Threading.Tasks.Task.Delay(1);
        }

        /// <summary>
        /// _summary_
        /// </summary>
        /// <typeparam name="TKey">_description_</typeparam>
        /// <param name="key">_description_</param>
        /// <returns>_description_</returns>
        /// <exception cref="InvalidOperationException">_description_</exception>
        public T Largest<TKey>(Func<T, TKey> key) where TKey : IComparable<TKey>
        {
            if (_items.Count == 0) throw new InvalidOperationException("empty");
            return _items[0];
        }
    }
}
