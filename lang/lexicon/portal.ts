/** Labels of the metadata box government portals print above a notice (gov.cn style). */
export const META_LABELS = [
  "索引号",
  "主题分类",
  "发文机关",
  "成文日期",
  "标题",
  "发文字号",
  "发布日期",
  "有效性",
  "主题词",
  "文号",
  "发布机构",
  "公文种类",
  "发文单位",
  "发文日期",
  "制发机关",
  "文件名称",
] as const;

/** A `label：value` line of that box: 发文字号：新政办发〔2023〕49号 */
export const META_LABEL_LINE = new RegExp(`^(?:${META_LABELS.join("|")})[:：]`);

/** Portal chrome around a notice (validity, keywords, source, publication time): never a title, date or cite. */
export const PORTAL_CHROME =
  /^(?:时效|有效性|现行有效|已失效|已废止|主题词|关键词|来源|发布时间|发布日期|索引号|主题分类|浏览次数|阅读|作者|编辑|责任编辑|您的位置|当前位置|所在位置|首页|返回|打印|关闭|分享|字号|【)/;

/** Labels of a portal box whose value is the document's own metadata, by field. */
export const META_FIELD_LABELS = {
  docNumber: ["发文字号", "文号", "发文文号"],
  issuer: ["发文机关", "发文单位", "发布机构", "制发机关"],
  date: ["成文日期"],
  /** often the portal's publication day, so only when no signature date is printed */
  portalDate: ["发文日期", "签发日期"],
  title: ["标题", "文件名称"],
} as const;
