// The sample for Docwright's integration tests (lightbulb).
#pragma once

#include <string>

int add(int a, int b);

/**
 * @brief Returns a greeting for a name.
 *
 * @param name The name.
 * @return The greeting.
 */
std::string greet(const std::string& name);
