// Copyright 2026 Docwright fixture. MIT licence.
#include <map>
#include <stdexcept>
#include <string>

namespace inventory {

class Stock {
public:
    explicit Stock(std::size_t capacity = 10);

    [[nodiscard]] int add(const std::string& name, int count = 1);

    template <typename F>
    void for_each(F visit) const {
        for (const auto& item : items_) visit(item.first, item.second);
    }

private:
    std::map<std::string, int> items_;
    std::size_t capacity_;
};

Stock::Stock(std::size_t capacity) : capacity_(capacity) {}

int Stock::add(const std::string& name, int count) {
    if (count <= 0) throw std::invalid_argument("count must be positive");
    return items_[name] += count;
}

enum class Level { Low, High };

double total(const Stock& stock, double rate = 1.0);

}  // namespace inventory
