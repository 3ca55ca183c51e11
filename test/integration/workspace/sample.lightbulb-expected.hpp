// The sample for Docwright's integration tests (lightbulb).
#pragma once

#include <string>

/**
 * @brief _summary_
 *
 * @param a _description_
 * @param b _description_
 * @return _description_
 */
int add(int a, int b);

/**
 * @brief Returns a greeting for a name.
 *
 * @param name The name.
 * @return The greeting.
 */
std::string greet(const std::string& name);
