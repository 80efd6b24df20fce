// The demo city: ten districts, seven stores each, with plausible station
// codes (44 + district number + sequence), addresses and one supervisor per
// district. Deterministic, so the docs and tests can name a store.
import type { Store } from '../db/queries/stores.ts'

const DISTRICTS = ['东城区', '西城区', '南湖区', '北山区', '江滨区', '高新区', '经开区', '临港区', '青山区', '白云区']
const SUPERVISORS = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周强', '吴敏']
const STREETS = ['人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '长江路', '文化路', '胜利路', '光明路', '朝阳路', '滨江路']
const SHOP_WORDS = ['幸运', '福星', '鸿运', '吉祥', '顺达', '金桥', '阳光']
export const STORES_PER_DISTRICT = 7

export function demoStores(): Store[] {
  const stores: Store[] = []
  DISTRICTS.forEach((district, d) => {
    for (let i = 0; i < STORES_PER_DISTRICT; i++) {
      const seq = i + 1
      const street = STREETS[(d * 3 + i) % STREETS.length]!
      stores.push({
        code: `44${String(d + 1).padStart(2, '0')}${String(seq).padStart(4, '0')}`,
        name: `${district.slice(0, 2)}${street.slice(0, 2)}${SHOP_WORDS[i]}体彩站`,
        district,
        address: `${district}${street}${(d + 1) * 10 + seq * 7}号`,
        supervisorName: SUPERVISORS[d]!,
        supervisorPhone: `139${String(d + 1).padStart(2, '0')}${String(2000 + d * 37).padStart(6, '0')}`,
        active: true,
      })
    }
  })
  return stores
}
