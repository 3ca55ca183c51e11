/** Shared by the benchmarks: repeated timing with a median, and a synthetic 1,000-line file. */

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function timeIt(work: () => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** About 1,000 lines of classes, methods and functions with every parameter kind. */
export function thousandLineFile(): string {
  const parts = ['"""Synthetic module for the editor-path benchmark."""\n\nimport os\n\n'];
  for (let i = 0; parts.join('').split('\n').length < 1000; i++) {
    parts.push(`\nclass Service${i}:\n    def __init__(self, name: str, retries: int = 3):\n        self.name = name\n        self.retries = retries\n\n`);
    parts.push(`    def fetch(self, path, *args, timeout=1.0, **kwargs):\n        if not path:\n            raise ValueError("empty path")\n        for attempt in range(self.retries):\n            yield os.path.join(self.name, path, str(attempt))\n\n`);
    parts.push(`    @property\n    def label(self) -> str:\n        return self.name.upper()\n\n\ndef helper_${i}(a, b, /, c, *, d=None):\n    return a + b + c\n\n`);
  }
  return parts.join('');
}

/** About 1,000 lines of each other language (types, methods with generics, throws/panics, fields), for the editor-path rows. */
export function thousandLineFiles(): { language: 'java' | 'csharp' | 'go' | 'rust' | 'cpp' | 'php' | 'ruby'; text: string }[] {
  const build = (head: string, part: (i: number) => string, tail: string) => {
    let text = head;
    for (let i = 0; text.split('\n').length < 1000; i++) text += part(i);
    return text + tail;
  };
  const java = build(
    'package bench;\n\nimport java.io.IOException;\nimport java.util.List;\n\npublic class Services {\n',
    (i) => `\n    public static class Service${i}<T extends Comparable<T>> {\n        private final String name;\n        private int retries = 3;\n\n        public Service${i}(String name, int retries) {\n            this.name = name;\n            this.retries = retries;\n        }\n\n        @Deprecated\n        public T fetch(List<T> items, String path, int... codes) throws IOException {\n            if (path.isEmpty()) {\n                throw new IllegalArgumentException("empty path");\n            }\n            return items.get(0);\n        }\n\n        public String label() {\n            return name.toUpperCase();\n        }\n    }\n`,
    '}\n',
  );
  const csharp = build(
    'using System;\nusing System.Collections.Generic;\n\nnamespace Bench\n{\n',
    (i) => `\n    public class Service${i}<T> where T : IComparable<T>\n    {\n        private readonly string _name;\n\n        public Service${i}(string name, int retries = 3)\n        {\n            _name = name;\n        }\n\n        public int Retries { get; set; }\n\n        [Obsolete]\n        public T Fetch(IList<T> items, string path, params int[] codes)\n        {\n            if (path.Length == 0) throw new ArgumentException("empty path");\n            return items[0];\n        }\n\n        public string Label() => _name.ToUpperInvariant();\n    }\n`,
    '}\n',
  );
  const go = build(
    'package bench\n\nimport (\n\t"errors"\n\t"strings"\n)\n',
    (i) => `\ntype Service${i} struct {\n\tName    string\n\tRetries int\n}\n\nfunc NewService${i}(name string, retries int) *Service${i} {\n\treturn &Service${i}{Name: name, Retries: retries}\n}\n\nfunc (s *Service${i}) Fetch(path string, codes ...int) (string, error) {\n\tif path == "" {\n\t\treturn "", errors.New("empty path")\n\t}\n\treturn strings.ToUpper(s.Name) + path, nil\n}\n\nfunc Largest${i}[T int | float64](values ...T) T {\n\tbest := values[0]\n\tfor _, v := range values {\n\t\tif v > best {\n\t\t\tbest = v\n\t\t}\n\t}\n\treturn best\n}\n`,
    '',
  );
  const rust = build(
    'use std::collections::HashMap;\nuse std::io;\n',
    (i) => `\n#[derive(Debug, Clone)]\npub struct Service${i}<T: Clone> {\n    pub name: String,\n    retries: u32,\n    cache: HashMap<String, T>,\n}\n\nimpl<T: Clone> Service${i}<T> {\n    pub fn new(name: &str, retries: u32) -> Self {\n        Service${i} { name: name.to_string(), retries, cache: HashMap::new() }\n    }\n\n    pub fn fetch(&mut self, path: &str, codes: &[u16]) -> io::Result<T> {\n        if path.is_empty() {\n            panic!("empty path");\n        }\n        let hit = self.cache.get(path).cloned();\n        hit.ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, format!("{} {:?}", path, codes)))\n    }\n\n    pub fn label(&self) -> String {\n        self.name.to_uppercase()\n    }\n}\n`,
    '',
  );
  const cpp = build(
    '#pragma once\n#include <map>\n#include <stdexcept>\n#include <string>\n\nnamespace bench {\n',
    (i) => `\ntemplate <typename T>\nclass Service${i} {\npublic:\n    explicit Service${i}(std::string name, int retries = 3) : name_(std::move(name)), retries_(retries) {}\n\n    [[nodiscard]] T fetch(const std::map<std::string, T>& items, const std::string& path) const {\n        if (path.empty()) throw std::invalid_argument("empty path");\n        return items.at(path);\n    }\n\n    std::string label() const noexcept { return name_; }\n\nprivate:\n    std::string name_;\n    int retries_;\n};\n`,
    '\n}  // namespace bench\n',
  );
  const php = build(
    '<?php\n\ndeclare(strict_types=1);\n\nnamespace Bench;\n',
    (i) => `\n#[\\Attribute]\nfinal class Service${i}\n{\n    private array $cache = [];\n\n    public function __construct(\n        private readonly string $name,\n        private int $retries = 3,\n    ) {\n    }\n\n    public function fetch(array $items, string $path, int ...$codes): ?string\n    {\n        if ($path === '') {\n            throw new \\InvalidArgumentException('empty path');\n        }\n        return $items[$path] ?? null;\n    }\n\n    public function label(): string\n    {\n        return strtoupper($this->name);\n    }\n}\n`,
    '',
  );
  const ruby = build(
    '# frozen_string_literal: true\n\nmodule Bench\n',
    (i) => `\n  class Service${i}\n    attr_reader :name, :retries\n\n    def initialize(name, retries = 3)\n      @name = name\n      @retries = retries\n      @cache = {}\n    end\n\n    def fetch(items, path, *codes, timeout: 1.0, &block)\n      raise ArgumentError, 'empty path' if path.empty?\n\n      yield path if block\n      items.fetch(path)\n    end\n\n    def label = name.upcase\n  end\n`,
    'end\n',
  );
  return [
    { language: 'java', text: java },
    { language: 'csharp', text: csharp },
    { language: 'go', text: go },
    { language: 'rust', text: rust },
    { language: 'cpp', text: cpp },
    { language: 'php', text: php },
    { language: 'ruby', text: ruby },
  ];
}
