// Sample class for Docwright's integration tests (lightbulb).
namespace Samples
{
    public static class Sample
    {
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
