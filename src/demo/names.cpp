#include "demo/names.h"

#include <array>

namespace xj::demo {
namespace {

struct Surname {
  std::string_view text;
  int weight;  // rough frequency in Hunan, per mille
};

constexpr Surname kSurnames[] = {
    {"李", 70},  {"刘", 70}, {"陈", 60}, {"王", 55}, {"张", 50}, {"杨", 40},  {"黄", 35},
    {"周", 35},  {"罗", 30}, {"彭", 30}, {"邓", 28}, {"唐", 28}, {"谭", 26},  {"胡", 25},
    {"曾", 25},  {"肖", 24}, {"易", 18}, {"蒋", 18}, {"贺", 16}, {"吴", 20},  {"赵", 15},
    {"田", 14},  {"朱", 14}, {"廖", 14}, {"龙", 12}, {"何", 14}, {"向", 10},  {"邹", 10},
    {"袁", 10},  {"谢", 12}, {"文", 8},  {"夏", 8},  {"颜", 6},  {"钟", 8},   {"段", 6},
    {"戴", 6},   {"雷", 6},  {"石", 6},  {"伍", 6},  {"阳", 5},  {"毛", 5},   {"汤", 5},
    {"欧阳", 6}, {"尹", 5},  {"许", 6},  {"郭", 8},  {"孙", 6},  {"徐", 7},   {"姚", 5},
    {"卢", 5},   {"舒", 4},  {"付", 5},  {"熊", 5},  {"覃", 4},  {"司马", 1},
};

constexpr std::string_view kGivenChars[] = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "志", "文", "红", "玲",
    "峰", "辉", "斌", "波", "宇", "浩", "凯", "鹏", "婷", "雪", "琳", "晨", "欣", "怡", "子",
    "轩", "梓", "涵", "俊", "佳", "思", "雨", "海", "林", "春", "兰", "金", "湘", "德", "成",
    "新", "永", "清", "赛", "满", "爱", "正", "卫", "立", "荣", "丹", "慧", "湘", "勤",
};

constexpr std::string_view kTradeFirst[] = {
    "福", "瑞", "鑫", "华", "宏", "兴", "新", "金", "恒", "盛", "泰", "嘉", "长", "永", "康",
    "安", "润", "丰", "裕", "广", "达", "德", "和", "顺", "汇", "博", "卓", "明", "祥", "益",
    "信", "诚", "鸿", "富", "佳", "联", "中", "天", "宇", "源", "隆", "晟", "辉", "通", "远",
    "景", "骏", "腾", "凯", "万", "百", "千", "红", "绿", "银", "宝", "正", "伟", "湘",
};

constexpr std::string_view kTradeSecond[] = {
    "瑞", "源", "达", "泰", "兴", "丰", "盛", "祥", "鑫", "华", "隆", "通", "福", "康", "安",
    "利", "昌", "成", "发", "旺", "宇", "诚", "信", "和", "顺", "远", "明", "辉", "恒", "嘉",
    "润", "德", "益", "峰", "晟", "豪", "茂", "锦", "航", "创", "邦", "力", "佳", "美", "禾",
};

// Place-flavoured trade names that Hunan firms favour.
constexpr std::string_view kTradeNamesHunan[] = {
    "湘江", "潇湘", "洞庭", "岳麓", "麓山", "韶峰", "南岳", "楚天", "芙蓉", "橘洲",
    "湘楚", "雪峰", "武陵", "梅山", "舜帝", "湘中", "湘南", "沅水", "资江", "衡岳",
    "九嶷", "紫鹊", "云台", "莽山", "崀山", "桃花", "金洲", "星城", "福元", "湘军",
};

constexpr std::string_view kRoads[] = {
    "人民路",   "建设路", "解放路",   "五一大道", "韶山路", "芙蓉路", "湘江路", "长江路",
    "工业园路", "金星路", "高新路",   "迎宾路",   "车站路", "新华路", "中山路", "滨江路",
    "环城路",   "雨花路", "枫林路",   "麓谷大道", "东风路", "八一路", "劳动路", "书院路",
    "红旗路",   "胜利路", "光明路",   "朝阳路",   "青年路", "文化路", "振兴路", "创业大道",
    "科技路",   "兴业路", "园区大道", "东环路",   "西环路", "南湖路", "北站路", "桃花路",
};

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string_view surname(Prng& rng) {
  static const auto weights = [] {
    std::array<int, std::size(kSurnames)> w{};
    for (std::size_t i = 0; i < w.size(); ++i) w[i] = kSurnames[i].weight;
    return w;
  }();
  return kSurnames[rng.weighted(weights)].text;
}

}  // namespace

std::string person_name(Prng& rng) {
  std::string name(surname(rng));
  name += rng.pick(kGivenChars);
  if (rng.percent(75)) name += rng.pick(kGivenChars);
  return name;
}

std::string trade_name(Prng& rng) {
  if (rng.percent(15)) return std::string(rng.pick(kTradeNamesHunan));
  const std::string_view first = rng.pick(kTradeFirst);
  std::string_view second = rng.pick(kTradeSecond);
  while (second == first) second = rng.pick(kTradeSecond);
  return std::string(first) + std::string(second);
}

std::string address(Prng& rng, const County& county) {
  std::string out(county.prefecture_name);
  out += county.name;
  out += rng.pick(kRoads);
  out += std::to_string(rng.between(1, 399));
  out += "号";
  return out;
}

template <typename Draw>
std::string EnterpriseNamer::unique(Draw draw) {
  for (;;) {
    std::string name = draw();
    if (given_.insert(fnv1a(name)).second) return name;
  }
}

std::string EnterpriseNamer::company(Prng& rng, const County& county, std::string_view trade,
                                     std::string_view form) {
  return unique([&] {
    std::string name;
    const int style = static_cast<int>(rng.below(100));
    if (!form.ends_with("公司") || style < 50) {
      name = county_full_name(county);
    } else if (style < 85) {
      name = county.prefecture_short;
    } else {
      name = "湖南";
    }
    name += trade_name(rng);
    name += trade;
    name += form;
    return name;
  });
}

std::string EnterpriseNamer::individual(Prng& rng, const County& county, std::string_view shop) {
  return unique([&] {
    std::string name(county.name);
    const int style = static_cast<int>(rng.below(100));
    if (style < 40) {
      name += surname(rng);
      name += "记";
    } else if (style < 60) {
      name += "老";
      name += surname(rng);
    } else {
      name += trade_name(rng);
    }
    name += shop;
    return name;
  });
}

std::string EnterpriseNamer::cooperative(Prng& rng, const County& county, std::string_view ending) {
  return unique([&] { return county_full_name(county) + trade_name(rng) + std::string(ending); });
}

bool EnterpriseNamer::reserve(std::string_view name) { return given_.insert(fnv1a(name)).second; }

}  // namespace xj::demo
