# frozen_string_literal: true

require 'json'


module Inventory
  LIMIT = 100

  class Stock
    attr_reader :items

    def initialize(capacity = 10)
      @capacity = capacity
      @items = {}
    end

    def add(name, count: 1)
      raise ArgumentError, 'count must be positive' unless count.positive?

      @items[name] = @items.fetch(name, 0) + count
    end

    def each_item
      @items.each { |name, count| yield name, count }
    end

    def to_json(*args) = @items.to_json(*args)

    private

    def full?
      @items.size >= @capacity
    end
  end
end
