/**
 * Cutting an address down to its 区/县 level: 辽宁省大连市甘井子区中华西路… → 大连市甘井子区. The rule:
 * drop a leading province (…省, …自治区); keep a city (…市, …州, …盟, …地区); keep the next
 * 区/县/旗/县级市; drop everything after. Without a city, only a district named in `knownDistricts`
 * is kept (a bare "…区" may be a housing compound). Anything that does not parse gives '' — an
 * address is never passed on in part.
 */

/** Dalian's districts and counties (GB/T 2260), the default locality; configurable by callers. */
export const DALIAN_DISTRICTS = [
  '中山区',
  '西岗区',
  '沙河口区',
  '甘井子区',
  '旅顺口区',
  '金州区',
  '普兰店区',
  '长海县',
  '瓦房店市',
  '庄河市',
  '金普新区',
  '高新区',
] as const

const PROVINCE = /^(?:[\p{Script=Han}]{2,3}省|[\p{Script=Han}]{2,8}?自治区)/u
const CITY = /^[\p{Script=Han}]{2,4}?(?:市|自治州|州|盟|地区)/u
const DISTRICT = /^[\p{Script=Han}]{1,6}?(?:区|县|旗|市)/u
/** Words that end like an administrative unit but are places inside one. */
const NOT_ADMIN = /(?:小区|社区|园区|校区|厂区|景区|街区|营区|矿区|超市|门市|菜市|夜市|城市|集市)$/u

export function districtOf(address: string, knownDistricts: readonly string[] = DALIAN_DISTRICTS): string {
  let rest = address.normalize('NFKC').replace(/\s+/g, '')
  rest = rest.replace(PROVINCE, '')
  const city = CITY.exec(rest)?.[0] ?? ''
  if (city && NOT_ADMIN.test(city)) return ''
  rest = rest.slice(city.length)
  const district = DISTRICT.exec(rest)?.[0] ?? ''
  const isDistrict = district !== '' && !NOT_ADMIN.test(district)
  if (city) return isDistrict ? city + district : city
  return isDistrict && knownDistricts.includes(district) ? district : ''
}
