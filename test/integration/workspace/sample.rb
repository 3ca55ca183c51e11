# frozen_string_literal: true

# The sample for Docwright's integration tests (lightbulb).
module Samples
  def self.add(a, b)
    a + b
  end

  # Returns a greeting for a name.
  #
  # @param name [String] The name.
  # @return [String] The greeting.
  def self.greet(name)
    "Hello, #{name.strip}"
  end
end
