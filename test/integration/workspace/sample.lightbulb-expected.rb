# frozen_string_literal: true

# The sample for Docwright's integration tests (lightbulb).
module Samples
  # _summary_
  #
  # @param a _description_
  # @param b _description_
  # @return _description_
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
