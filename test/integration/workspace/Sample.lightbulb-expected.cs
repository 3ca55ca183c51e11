// Sample class for Docwright's integration tests (lightbulb).
namespace Samples
{
    public static class Sample
    {
        /// <summary>
        /// _summary_
        /// </summary>
        /// <param name="a">_description_</param>
        /// <param name="b">_description_</param>
        /// <returns>_description_</returns>
        public static int Add(int a, int b)
        {
            return a + b;
        }

        /// <summary>
        /// Returns a greeting for <paramref name="name"/>.
        /// </summary>
        /// <param name="name">Who to greet.</param>
        /// <returns>The greeting text.</returns>
        public static string Greet(string name)
        {
            return "Hello, " + name;
        }
    }
}
