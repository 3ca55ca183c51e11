# frozen_string_literal: true

require 'json'


# _summary_
module Inventory
  # _summary_
  LIMIT = 100

  # _summary_
  class Stock
    # _summary_
    attr_reader :items

    # _summary_
    #
    # @param capacity [Integer] _description_
    def initialize(capacity = 10)
      @capacity = capacity
      @items = {}
    end

    # _summary_
    #
    # @param name _description_
    # @param count [Integer] _description_
    # @raise [ArgumentError] _description_
    def add(name, count: 1)
      raise ArgumentError, 'count must be positive' unless count.positive?

      @items[name] = @items.fetch(name, 0) + count
    end

    # _summary_
    #
    # @yield [name, count] _description_
    # @return _description_
    def each_item
      @items.each { |name, count| yield name, count }
    end

    # _summary_
    #
    # @param args _description_
    # @return _description_
    def to_json(*args) = @items.to_json(*args)

    private

    # _summary_
    #
    # @return _description_
    def full?
      @items.size >= @capacity
    end
  end
end
