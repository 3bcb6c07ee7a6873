/** Labels of the metadata box government portals print above a notice (gov.cn style). */
export const META_LABELS = ["索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "有效性", "主题词", "文号", "发布机构", "公文种类"] as const;

/** A `label：value` line of that box: 发文字号：新政办发〔2023〕49号 */
export const META_LABEL_LINE = new RegExp(`^(?:${META_LABELS.join("|")})[:：]`);
