// The seed's attachment table (附件 湖南省市场监管重点领域企业清单), formats.md `keylist` "Export":
//
//   XJ_TRY(std::string xlsx, export_keylist(session, {.area = std::nullopt}, ExportFormat::xlsx));
//
// xlsx: one sheet per area named 食品生产企业 / 特种设备获证企业; row 1 the title
// 湖南省市场监管重点领域企业清单（<area name>）, row 2 the header 序号 企业名称 统一社会信用代码
// 许可证编号 备注, data from row 3 with 序号 1…n (active entries, by listing date then id).
// CSV (UTF-8 with BOM): with an area, the header row then the same five columns; without, a first
// column 领域 and 序号 restarting per area. Errors: internal from the store or the xlsx writer.
// Thread safety: as the Session passed in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "registry/keylist_query.h"
#include "store/database.h"

namespace xj::registry {

enum class ExportFormat { xlsx, csv };

// "xlsx" (also "") or "csv"; bad_request otherwise.
Result<ExportFormat> parse_export_format(std::string_view text);

// The Chinese name of an area (食品生产企业 / 特种设备获证企业); bad_request for another value.
Result<std::string_view> area_name(std::string_view area);

// `filter.area` empty: both areas. include_removed is ignored (the table lists active entries).
Result<std::string> export_keylist(store::Session& session, KeylistFilter filter,
                                   ExportFormat format);

}  // namespace xj::registry
