// Display names for the codes the API returns (api.md, formats.md): Chinese first, English beside.

export const AREAS = {
  food_production: '食品生产 Food production',
  special_equipment: '特种设备 Special equipment',
}

export const ABNORMAL_GROUNDS = {
  annual_report: '未按规定报送年度报告 (annual report not filed)',
  instant_info: '未按规定公示即时信息 (instant information not published)',
  false_info: '公示信息隐瞒真实情况、弄虚作假 (false information)',
  unreachable: '通过登记的住所无法联系 (unreachable at registered address)',
}

export const COMMITMENT_KINDS = {
  approval: '审批承诺 Approval',
  registration: '登记承诺 Registration',
  voluntary: '主动承诺 Voluntary',
  repair: '信用修复承诺 Repair',
}

export const VERIFICATION = {
  consistent: '核查一致 Consistent',
  inconsistent: '核查不一致 Inconsistent',
}

export const EXPOSURE_REASONS = {
  dishonest_list: '严重违法失信 Dishonest list',
  repeat_penalties: '多次受到行政处罚 Repeat penalties',
}

export const RISK_CLASSES = {
  A: 'A 低风险 Low',
  B: 'B 一般风险 Moderate',
  C: 'C 较高风险 Elevated',
  D: 'D 高风险 High',
  unclassified: '未分类 Unclassified',
}

export const RISK_TAG_TYPES = { A: 'success', B: 'primary', C: 'warning', D: 'danger', unclassified: 'info' }

export const REPAIR_STATUS = {
  submitted: '已提交 Submitted',
  pending_second_approval: '待复核 Second approval',
  approved: '已准予 Approved',
  rejected: '已驳回 Rejected',
}

export const LIST_STATUS = {
  active: '在列 Active',
  pending_approval: '待批准 Pending approval',
  removed: '已移出 Removed',
  expired: '已期满 Expired',
  rejected: '未获批准 Rejected',
}

export const ROLES = {
  admin: '系统管理员 Administrator',
  credit_officer: '信用监管 Credit officer',
  area_officer: '领域监管 Area officer',
  inspector: '执法检查 Inspector',
  data_provider: '数据报送 Data provider',
  partner: '合作方 Partner',
  enterprise: '企业 Enterprise',
  viewer: '只读 Viewer',
}

// The display name of a code, or the code itself when it has none.
export const label = (table, code) => (code == null ? '—' : table[code] ?? code)

// Yuan as a number → "30,000.00 元"; null → "—".
export function yuan(value) {
  if (value == null) return '—'
  return `${Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`
}

// A possibly empty text or list as display text.
export function text(value) {
  if (value == null || value === '') return '—'
  if (Array.isArray(value)) return value.length ? value.join('、') : '—'
  return String(value)
}
