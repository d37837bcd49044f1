// SPDX-License-Identifier: Apache-2.0
// Parse-only pass over the corpus with simdjson: reads each file and parses it fully (the DOM parser
// validates every byte), building no model. Its throughput is the physical limit the loader is held to.
//
//   simdjson_parse DIR|FILE   prints {"seconds", "bytes", "files"} as one JSON line
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <simdjson.h>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: simdjson_parse DIR|FILE\n";
        return 64;
    }
    const std::filesystem::path where = argv[1];
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(where)) {
        for (const auto& entry : std::filesystem::directory_iterator(where))
            if (entry.path().extension() == ".json") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(where);
    }
    simdjson::dom::parser parser;
    std::size_t bytes = 0, elements = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& path : files) {
        simdjson::padded_string text;
        if (simdjson::padded_string::load(path.string()).get(text)) {
            std::cerr << "simdjson_parse: cannot read " << path << "\n";
            return 1;
        }
        bytes += text.size();
        simdjson::dom::element root;
        if (parser.parse(text).get(root)) {
            std::cerr << "simdjson_parse: invalid JSON in " << path << "\n";
            return 1;
        }
        // Touch the result so that nothing can be skipped: the number of top-level keys.
        simdjson::dom::object object;
        if (!root.get(object)) elements += object.size();
    }
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"seconds\": %.6f, \"bytes\": %zu, \"files\": %zu, \"keys\": %zu}\n", elapsed, bytes,
                files.size(), elements);
    return 0;
}
