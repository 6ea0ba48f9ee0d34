#include "report/writers/json_diagnostics.hpp"

namespace wwc {

void write_diagnostics(JsonWriter& json, const std::vector<Diagnostic>& diagnostics, const Words& words) {
    json.key("diagnostics").begin_array();
    for (const Diagnostic& d : diagnostics) {
        json.begin_object();
        json.key("severity").value(severity_id(d.severity));
        json.key("file").value(d.where.file);
        json.key("line").value(d.where.line);
        json.key("column").value(d.where.column);
        json.key("message").value(words.render(d.message));
        json.end_object();
    }
    json.end_array();
}

}  // namespace wwc
