// Copyright 2026 Docwright fixture. MIT licence.
#include <map>
#include <stdexcept>
#include <string>

namespace inventory {

/**
 * @brief _summary_
 */
class Stock {
public:
    /**
     * @brief _summary_
     *
     * @param capacity _description_
     */
    explicit Stock(std::size_t capacity = 10);

    /**
     * @brief _summary_
     *
     * @param name _description_
     * @param count _description_
     * @return _description_
     */
    [[nodiscard]] int add(const std::string& name, int count = 1);

    /**
     * @brief _summary_
     *
     * @tparam F _description_
     * @param visit _description_
     */
    template <typename F>
    void for_each(F visit) const {
        for (const auto& item : items_) visit(item.first, item.second);
    }

private:
    /**
     * @brief _summary_
     */
    std::map<std::string, int> items_;
    /**
     * @brief _summary_
     */
    std::size_t capacity_;
};

Stock::Stock(std::size_t capacity) : capacity_(capacity) {}

int Stock::add(const std::string& name, int count) {
    if (count <= 0) throw std::invalid_argument("count must be positive");
    return items_[name] += count;
}

/**
 * @brief _summary_
 */
enum class Level { Low, High };

/**
 * @brief _summary_
 *
 * @param stock _description_
 * @param rate _description_
 * @return _description_
 */
double total(const Stock& stock, double rate = 1.0);

}  // namespace inventory
