import type { BrandEntry } from './types.js';

/**
 * Vehicle brands and automaker groups. `name` is the canonical English name; `group` names the
 * parent entry (which is itself listed here); `country` is the maker's home.
 *
 * Conventions:
 * - Corporate suffixes ('Group', 'Motor', 'Auto', 'Holdings', 'AG', 'S.A.' ...) need no alias of
 *   their own: recognize/brands extends a name over CORPORATE_DESIGNATORS. Aliases are the names
 *   a suffix cannot produce ('Groupe Renault', 'GWM', 'Daimler', Chinese characters).
 * - Hyphenated names also match with a space ('Mercedes Benz', 'SAIC GM Wuling').
 * - Casing: any casing matches ('JETOUR'), but a name in capitals ('GWM', 'GAZ') needs capitals, and
 *   all-lower-case text ('jeep', 'great wall') is the common word. So one spelling per name is enough.
 * - `ambiguous` marks names that are ordinary words or names too (smart, mini, seat, alpine,
 *   tank, jaguar, lotus; FCA, also the UK's Financial Conduct Authority): their one-word names count
 *   only where the context shows the maker.
 *   Their longer aliases ('Lotus Cars', 'Seat S.A.') are unambiguous.
 * - Joint ventures that publish their own figures (SAIC-GM, GAC Toyota) are entries of their own.
 * - Xiaomi is listed as a brand: in automotive news it names the carmaker far more often than the
 *   phone maker, and its cars are sold under that name. Huawei is not: its cars carry HIMA brands
 *   (Aito, Luxeed, Stelato, Maextro, Shangjie), each grouped with the carmaker that builds it.
 * - Names that are models in the markets these articles cover (Jetta, Range Rover, Hummer, Great
 *   Wall's Poer pickups) are left out, and so are words that are mostly something else in a headline
 *   (Rising, Beijing, Yuan).
 */
export const BRANDS: readonly BrandEntry[] = [
  // ---- China: Chery
  { name: 'Chery', aliases: ['Chery Automobile', 'Chery Holding', 'Chery Holding Group', 'groupe Chery', 'Chirey', '奇瑞', '奇瑞汽车'], kind: 'group', country: 'CN' },
  { name: 'Jetour', aliases: ['捷途'], kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'Omoda', aliases: ['欧萌达'], kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'Jaecoo', kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'Exeed', aliases: ['Exlantix', '星途', 'Xingtu'], kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'iCar', kind: 'brand', group: 'Chery', country: 'CN', ambiguous: true },
  { name: 'Luxeed', aliases: ['智界', 'Zhijie'], kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'Karry', aliases: ['开瑞'], kind: 'brand', group: 'Chery', country: 'CN' },
  { name: 'Ebro', aliases: ['Ebro-EV Motors', 'Ebro Motors', 'EV Motors'], kind: 'brand', country: 'ES' },

  // ---- China: BYD
  { name: 'BYD', aliases: ['BYD Company', 'Build Your Dreams', '比亚迪'], kind: 'group', country: 'CN' },
  { name: 'Denza', aliases: ['腾势', 'Tengshi'], kind: 'brand', group: 'BYD', country: 'CN' },
  { name: 'Fangchengbao', aliases: ['Formula Leopard', '方程豹'], kind: 'brand', group: 'BYD', country: 'CN' },
  { name: 'Yangwang', aliases: ['仰望'], kind: 'brand', group: 'BYD', country: 'CN' },

  // ---- China: Geely
  { name: 'Geely', aliases: ['Geely Holding Group', 'Zhejiang Geely', 'Zhejiang Geely Holding Group', 'groupe Geely', '吉利', '吉利汽车'], kind: 'group', country: 'CN' },
  { name: 'Zeekr', aliases: ['Zeekr Intelligent Technology', '极氪'], kind: 'brand', group: 'Geely', country: 'CN' },
  { name: 'Lynk & Co', aliases: ['Lynk and Co', 'Lynk', '领克'], kind: 'brand', group: 'Geely', country: 'CN' },
  { name: 'Volvo', aliases: ['Volvo Cars', 'Volvo Car', 'Volvo Car Corporation', 'Volvo Car Group', '沃尔沃'], kind: 'brand', group: 'Geely', country: 'SE' },
  { name: 'Polestar', aliases: ['极星'], kind: 'brand', group: 'Geely', country: 'SE' },
  { name: 'Lotus', aliases: ['Lotus Cars', 'Lotus Technology', 'Lotus Tech', 'Group Lotus', '路特斯'], kind: 'brand', group: 'Geely', country: 'GB', ambiguous: true },
  { name: 'Proton', aliases: ['Proton Holdings', '宝腾'], kind: 'brand', group: 'Geely', country: 'MY', ambiguous: true },
  { name: 'Smart', aliases: ['Smart Automobile', 'Smart Europe'], kind: 'brand', group: 'Geely', country: 'CN', ambiguous: true },
  { name: 'LEVC', aliases: ['London EV Company', 'London Electric Vehicle Company'], kind: 'brand', group: 'Geely', country: 'GB' },
  { name: 'Geometry', aliases: ['Geely Geometry', '几何汽车'], kind: 'brand', group: 'Geely', country: 'CN', ambiguous: true },
  { name: 'Galaxy', aliases: ['Geely Galaxy', '吉利银河'], kind: 'brand', group: 'Geely', country: 'CN', ambiguous: true },
  { name: 'Radar', aliases: ['Geely Radar', 'Radar Auto', 'Riddara', '雷达汽车'], kind: 'brand', group: 'Geely', country: 'CN', ambiguous: true },
  { name: 'Farizon', aliases: ['Farizon Auto', 'Geely Farizon', '远程汽车'], kind: 'brand', group: 'Geely', country: 'CN' },
  { name: 'Livan', aliases: ['Livan Auto', '睿蓝汽车'], kind: 'brand', group: 'Geely', country: 'CN' },
  { name: 'Jiyue', aliases: ['Ji Yue', '极越'], kind: 'brand', group: 'Geely', country: 'CN' },

  // ---- China: Changan
  { name: 'Changan', aliases: ['Chang\'an', 'China Changan', 'China Changan Automobile Group', '长安', '长安汽车'], kind: 'group', country: 'CN' },
  { name: 'Deepal', aliases: ['Changan Deepal', 'Shenlan', '深蓝汽车'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Avatr', aliases: ['Avatr Technology', '阿维塔'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Qiyuan', aliases: ['Changan Qiyuan', 'Nevo', 'Changan Nevo', '启源'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Kaicene', aliases: ['Changan Kaicene', 'Kaicheng', '长安凯程'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Oshan', aliases: ['Changan Oshan', 'Oushang', '长安欧尚'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Changan Ford', aliases: ['长安福特'], kind: 'brand', group: 'Changan', country: 'CN' },
  { name: 'Changan Mazda', aliases: ['长安马自达'], kind: 'brand', group: 'Changan', country: 'CN' },

  // ---- China: Dongfeng
  { name: 'Dongfeng', aliases: ['Dongfeng Motor Corporation', '东风', '东风汽车'], kind: 'group', country: 'CN' },
  { name: 'Voyah', aliases: ['Lantu', '岚图'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'M-Hero', aliases: ['Mengshi', 'Dongfeng Mengshi', '猛士'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'Forthing', aliases: ['Dongfeng Forthing', 'Fengxing', '东风风行'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'Aeolus', aliases: ['Dongfeng Aeolus', 'Fengshen', '东风风神'], kind: 'brand', group: 'Dongfeng', country: 'CN', ambiguous: true },
  { name: 'Venucia', aliases: ['启辰'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'Dongfeng Nissan', aliases: ['东风日产'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'Dongfeng Honda', aliases: ['东风本田'], kind: 'brand', group: 'Dongfeng', country: 'CN' },
  { name: 'DFSK', aliases: ['Dongfeng Sokon', 'Dongfeng Xiaokang'], kind: 'brand', group: 'Seres', country: 'CN' },

  // ---- China: SAIC
  { name: 'SAIC', aliases: ['SAIC Motor Corporation', 'Shanghai Automotive Industry Corporation', '上汽', '上汽集团'], kind: 'group', country: 'CN' },
  { name: 'MG', aliases: ['Morris Garages', '名爵'], kind: 'brand', group: 'SAIC', country: 'CN' },
  { name: 'Roewe', aliases: ['荣威'], kind: 'brand', group: 'SAIC', country: 'CN' },
  { name: 'IM Motors', aliases: ['IM', 'IM Motor', 'Zhiji', 'Zhiji Auto', '智己', '智己汽车'], kind: 'brand', group: 'SAIC', country: 'CN', ambiguous: true },
  { name: 'Rising Auto', aliases: ['Feifan', 'Feifan Auto', 'R Auto', '飞凡汽车'], kind: 'brand', group: 'SAIC', country: 'CN' },
  { name: 'Maxus', aliases: ['SAIC Maxus', 'LDV', '上汽大通'], kind: 'brand', group: 'SAIC', country: 'CN' },
  { name: 'SAIC-GM-Wuling', aliases: ['SGMW', '上汽通用五菱'], kind: 'group', group: 'SAIC', country: 'CN' },
  { name: 'Wuling', aliases: ['五菱'], kind: 'brand', group: 'SAIC-GM-Wuling', country: 'CN' },
  { name: 'Baojun', aliases: ['宝骏'], kind: 'brand', group: 'SAIC-GM-Wuling', country: 'CN' },
  { name: 'SAIC-GM', aliases: ['SAIC General Motors', 'Shanghai GM', 'Shanghai General Motors', '上汽通用'], kind: 'group', group: 'SAIC', country: 'CN' },
  { name: 'SAIC Volkswagen', aliases: ['SAIC VW', 'Shanghai Volkswagen', '上汽大众'], kind: 'brand', group: 'SAIC', country: 'CN' },
  { name: 'Shangjie', aliases: ['尚界'], kind: 'brand', group: 'SAIC', country: 'CN' },

  // ---- China: GAC
  { name: 'GAC', aliases: ['Guangzhou Automobile', 'Guangzhou Automobile Group', '广汽', '广汽集团'], kind: 'group', country: 'CN' },
  { name: 'Aion', aliases: ['GAC Aion', '埃安', 'Aion New Energy'], kind: 'brand', group: 'GAC', country: 'CN' },
  { name: 'Trumpchi', aliases: ['GAC Trumpchi', '传祺'], kind: 'brand', group: 'GAC', country: 'CN' },
  { name: 'Hyptec', aliases: ['Haobo', '昊铂'], kind: 'brand', group: 'GAC', country: 'CN' },
  { name: 'Hycan', aliases: ['合创'], kind: 'brand', group: 'GAC', country: 'CN' },
  { name: 'GAC Toyota', aliases: ['广汽丰田'], kind: 'brand', group: 'GAC', country: 'CN' },
  { name: 'GAC Honda', aliases: ['广汽本田'], kind: 'brand', group: 'GAC', country: 'CN' },

  // ---- China: Great Wall
  { name: 'Great Wall', aliases: ['GWM', 'Great Wall Motor Company', '长城汽车'], kind: 'group', country: 'CN' },
  { name: 'Haval', aliases: ['哈弗'], kind: 'brand', group: 'Great Wall', country: 'CN' },
  { name: 'Tank', aliases: ['GWM Tank', 'Great Wall Tank', '坦克'], kind: 'brand', group: 'Great Wall', country: 'CN', ambiguous: true },
  { name: 'Wey', aliases: ['GWM Wey', '魏牌'], kind: 'brand', group: 'Great Wall', country: 'CN' },
  { name: 'Ora', aliases: ['GWM Ora', 'Great Wall Ora', '欧拉'], kind: 'brand', group: 'Great Wall', country: 'CN', ambiguous: true },
  { name: 'Spotlight Automotive', aliases: ['光束汽车'], kind: 'brand', country: 'CN' },

  // ---- China: FAW, BAIC, JAC, Seres, start-ups and others
  { name: 'FAW', aliases: ['China FAW', 'China FAW Group', 'First Automobile Works', 'FAW Group', '一汽', '中国一汽'], kind: 'group', country: 'CN' },
  { name: 'Hongqi', aliases: ['红旗'], kind: 'brand', group: 'FAW', country: 'CN' },
  { name: 'Bestune', aliases: ['Besturn', 'FAW Bestune', '奔腾'], kind: 'brand', group: 'FAW', country: 'CN' },
  { name: 'Jiefang', aliases: ['FAW Jiefang', '一汽解放'], kind: 'brand', group: 'FAW', country: 'CN' },
  { name: 'FAW-Volkswagen', aliases: ['FAW VW', 'FAW-VW', '一汽-大众', '一汽大众'], kind: 'brand', group: 'FAW', country: 'CN' },
  { name: 'FAW Toyota', aliases: ['一汽丰田'], kind: 'brand', group: 'FAW', country: 'CN' },
  { name: 'BAIC', aliases: ['Beijing Automotive', 'Beijing Automotive Group', 'Beijing Automotive Industry Holding', 'BAIC BJEV', 'BJEV', '北汽', '北汽集团'], kind: 'group', country: 'CN' },
  { name: 'Arcfox', aliases: ['BAIC Arcfox', '极狐'], kind: 'brand', group: 'BAIC', country: 'CN' },
  { name: 'Stelato', aliases: ['享界', 'Xiangjie'], kind: 'brand', group: 'BAIC', country: 'CN' },
  { name: 'Foton', aliases: ['Beiqi Foton', 'Foton Motor', '福田汽车'], kind: 'brand', group: 'BAIC', country: 'CN' },
  { name: 'Beijing Benz', aliases: ['北京奔驰'], kind: 'brand', group: 'BAIC', country: 'CN' },
  { name: 'Beijing Hyundai', aliases: ['北京现代'], kind: 'brand', group: 'BAIC', country: 'CN' },
  { name: 'JAC', aliases: ['JAC Motors', 'Anhui Jianghuai', 'Jianghuai', 'JAC Group', '江淮', '江淮汽车'], kind: 'group', country: 'CN' },
  { name: 'Maextro', aliases: ['尊界', 'Zunjie'], kind: 'brand', group: 'JAC', country: 'CN' },
  { name: 'JMC', aliases: ['Jiangling', 'Jiangling Motors', '江铃', '江铃汽车'], kind: 'brand', country: 'CN' },
  { name: 'Seres', aliases: ['Seres Group', 'Sokon', '赛力斯'], kind: 'group', country: 'CN' },
  { name: 'Aito', aliases: ['问界', 'Wenjie'], kind: 'brand', group: 'Seres', country: 'CN' },
  { name: 'HIMA', aliases: ['Harmony Intelligent Mobility Alliance', 'HarmonyOS Intelligent Mobility Alliance', 'Hongmeng Zhixing', '鸿蒙智行'], kind: 'group', country: 'CN' },
  { name: 'Nio', aliases: ['Nio Inc', 'Weilai', '蔚来'], kind: 'group', country: 'CN' },
  { name: 'Onvo', aliases: ['Ledao', '乐道'], kind: 'brand', group: 'Nio', country: 'CN' },
  { name: 'Firefly', aliases: ['Nio Firefly', '萤火虫'], kind: 'brand', group: 'Nio', country: 'CN', ambiguous: true },
  { name: 'XPeng', aliases: ['Xiaopeng', 'XPeng Motors', '小鹏', '小鹏汽车'], kind: 'group', country: 'CN' },
  { name: 'Mona', aliases: ['XPeng Mona', 'MONA'], kind: 'brand', group: 'XPeng', country: 'CN', ambiguous: true },
  { name: 'Li Auto', aliases: ['Lixiang', 'Li Xiang Auto', 'Leading Ideal', '理想汽车'], kind: 'brand', country: 'CN' },
  { name: 'Leapmotor', aliases: ['Leap Motor', 'Leapmotor International', '零跑', '零跑汽车'], kind: 'brand', country: 'CN' },
  { name: 'Neta', aliases: ['Neta Auto', 'Hozon', 'Hozon Auto', 'Nezha', '哪吒汽车'], kind: 'brand', country: 'CN' },
  { name: 'Xiaomi', aliases: ['Xiaomi EV', '小米汽车'], kind: 'brand', country: 'CN' },
  { name: 'Haima', aliases: ['Haima Automobile', '海马汽车'], kind: 'brand', country: 'CN' },
  { name: 'Lifan', aliases: ['力帆'], kind: 'brand', country: 'CN' },
  { name: 'Skyworth Auto', aliases: ['Skywell', '创维汽车'], kind: 'brand', country: 'CN' },
  { name: 'Soueast', aliases: ['South East Motor', '东南汽车'], kind: 'brand', country: 'CN' },
  { name: 'Yutong', aliases: ['Yutong Bus', '宇通', '宇通客车'], kind: 'brand', country: 'CN' },
  { name: 'King Long', aliases: ['Xiamen King Long', '金龙客车'], kind: 'brand', country: 'CN' },
  { name: 'Golden Dragon', aliases: ['Xiamen Golden Dragon'], kind: 'brand', country: 'CN' },
  { name: 'Higer', aliases: ['Higer Bus', '海格客车'], kind: 'brand', country: 'CN' },
  { name: 'Zhongtong', aliases: ['Zhongtong Bus', '中通客车'], kind: 'brand', country: 'CN' },
  { name: 'Sinotruk', aliases: ['CNHTC', 'China National Heavy Duty Truck', '中国重汽'], kind: 'brand', country: 'CN' },
  { name: 'Shacman', aliases: ['Shaanxi Automobile', 'Shaanxi Automobile Group', '陕汽'], kind: 'brand', country: 'CN' },
  { name: 'Brilliance', aliases: ['Brilliance Auto', 'Brilliance China', 'Jinbei', '华晨'], kind: 'group', country: 'CN', ambiguous: true },
  { name: 'BMW Brilliance', aliases: ['华晨宝马'], kind: 'brand', group: 'BMW', country: 'CN' },
  { name: 'Zotye', aliases: ['众泰'], kind: 'brand', country: 'CN' },
  { name: 'Dayun', aliases: ['Dayun Group', '大运'], kind: 'group', country: 'CN' },
  { name: 'Yuanhang', aliases: ['远航汽车'], kind: 'brand', group: 'Dayun', country: 'CN' },
  { name: 'WM Motor', aliases: ['Weltmeister', '威马'], kind: 'brand', country: 'CN' },
  { name: 'HiPhi', aliases: ['Human Horizons', '高合'], kind: 'brand', country: 'CN' },
  { name: 'Aiways', aliases: ['爱驰'], kind: 'brand', country: 'CN' },
  { name: 'Kaiyi', aliases: ['Kaiyi Auto', '凯翼'], kind: 'brand', country: 'CN' },
  { name: 'Rox', aliases: ['Rox Motor', 'Polestones', '极石'], kind: 'brand', country: 'CN', ambiguous: true },
  { name: 'Yadea', aliases: ['雅迪'], kind: 'brand', country: 'CN' },

  // ---- Taiwan, Vietnam, South-East Asia
  { name: 'Luxgen', kind: 'brand', country: 'TW' },
  { name: 'Foxtron', kind: 'brand', country: 'TW' },
  { name: 'VinFast', kind: 'brand', country: 'VN' },
  { name: 'Thaco', aliases: ['Truong Hai'], kind: 'group', country: 'VN' },
  { name: 'Perodua', kind: 'brand', country: 'MY' },
  { name: 'Esemka', kind: 'brand', country: 'ID' },

  // ---- Japan
  { name: 'Toyota', aliases: ['Toyota Motor Corp', '丰田', 'トヨタ'], kind: 'group', country: 'JP' },
  { name: 'Lexus', aliases: ['雷克萨斯'], kind: 'brand', group: 'Toyota', country: 'JP' },
  { name: 'Daihatsu', kind: 'brand', group: 'Toyota', country: 'JP' },
  { name: 'Hino', aliases: ['Hino Motors'], kind: 'brand', group: 'Toyota', country: 'JP' },
  { name: 'Honda', aliases: ['本田', 'ホンダ'], kind: 'group', country: 'JP' },
  { name: 'Acura', kind: 'brand', group: 'Honda', country: 'JP' },
  { name: 'Afeela', aliases: ['Sony Honda Mobility'], kind: 'brand', country: 'JP' },
  { name: 'Nissan', aliases: ['日产', '日産'], kind: 'group', country: 'JP' },
  { name: 'Infiniti', kind: 'brand', group: 'Nissan', country: 'JP' },
  { name: 'Mitsubishi', aliases: ['Mitsubishi Motors', 'Mitsubishi Motors Corporation', '三菱汽车'], kind: 'brand', country: 'JP' },
  { name: 'Mazda', aliases: ['马自达', 'マツダ'], kind: 'brand', country: 'JP' },
  { name: 'Subaru', aliases: ['斯巴鲁'], kind: 'brand', country: 'JP' },
  { name: 'Suzuki', aliases: ['Suzuki Motor Corporation', '铃木'], kind: 'group', country: 'JP' },
  { name: 'Maruti Suzuki', aliases: ['Maruti', 'Maruti Suzuki India'], kind: 'brand', group: 'Suzuki', country: 'IN' },
  { name: 'Isuzu', aliases: ['Isuzu Motors'], kind: 'group', country: 'JP' },
  { name: 'UD Trucks', kind: 'brand', group: 'Isuzu', country: 'JP' },
  { name: 'Yamaha', aliases: ['Yamaha Motor'], kind: 'brand', country: 'JP' },
  { name: 'Kawasaki', aliases: ['Kawasaki Motors'], kind: 'brand', country: 'JP' },

  // ---- Korea
  { name: 'Hyundai', aliases: ['Hyundai Motor Company', 'Hyundai Motor Group', '现代汽车', '현대자동차'], kind: 'group', country: 'KR' },
  { name: 'Kia', aliases: ['Kia Motors', 'Kia Corporation', '起亚', '기아'], kind: 'brand', group: 'Hyundai', country: 'KR' },
  { name: 'Genesis', aliases: ['Genesis Motor', 'Genesis Motors', '제네시스'], kind: 'brand', group: 'Hyundai', country: 'KR', ambiguous: true },
  { name: 'KG Mobility', aliases: ['KGM', 'SsangYong', 'SsangYong Motor'], kind: 'brand', country: 'KR' },

  // ---- India
  { name: 'Tata Motors', aliases: ['Tata', 'Tata Motors Passenger Vehicles', 'Tata Passenger Electric Mobility'], kind: 'group', country: 'IN' },
  { name: 'Jaguar Land Rover', aliases: ['JLR', 'Jaguar Land Rover Automotive', 'Jaguar-Land Rover'], kind: 'group', group: 'Tata Motors', country: 'GB' },
  { name: 'Jaguar', aliases: ['Jaguar Cars', '捷豹'], kind: 'brand', group: 'Jaguar Land Rover', country: 'GB', ambiguous: true },
  { name: 'Land Rover', aliases: ['路虎'], kind: 'brand', group: 'Jaguar Land Rover', country: 'GB' },
  { name: 'Mahindra', aliases: ['Mahindra & Mahindra', 'Mahindra and Mahindra', 'M&M', 'Mahindra Electric'], kind: 'group', country: 'IN' },
  { name: 'Ashok Leyland', kind: 'brand', country: 'IN' },
  { name: 'Eicher', aliases: ['Eicher Motors', 'VE Commercial Vehicles'], kind: 'group', country: 'IN' },
  { name: 'Royal Enfield', kind: 'brand', group: 'Eicher', country: 'IN' },
  { name: 'Force Motors', kind: 'brand', country: 'IN' },
  { name: 'Hero MotoCorp', kind: 'brand', country: 'IN' },
  { name: 'Bajaj Auto', aliases: ['Bajaj'], kind: 'brand', country: 'IN' },
  { name: 'TVS Motor', aliases: ['TVS', 'TVS Motor Company'], kind: 'brand', country: 'IN' },
  { name: 'Ola Electric', kind: 'brand', country: 'IN' },
  { name: 'Ather Energy', aliases: ['Ather'], kind: 'brand', country: 'IN' },
  { name: 'Olectra', aliases: ['Olectra Greentech'], kind: 'brand', country: 'IN' },

  // ---- United States
  { name: 'Tesla', aliases: ['Tesla Inc', 'Tesla Motors', '特斯拉'], kind: 'brand', country: 'US' },
  { name: 'Ford', aliases: ['Ford Motor Company', 'Ford Motor Co', 'Ford Otosan', 'Ford of Europe', '福特'], kind: 'group', country: 'US' },
  { name: 'Lincoln', aliases: ['Lincoln Motor Company'], kind: 'brand', group: 'Ford', country: 'US', ambiguous: true },
  { name: 'General Motors', aliases: ['GM', 'GM Korea', 'General Motors Company', '通用汽车'], kind: 'group', country: 'US' },
  { name: 'Chevrolet', aliases: ['Chevy', '雪佛兰'], kind: 'brand', group: 'General Motors', country: 'US' },
  { name: 'Cadillac', aliases: ['凯迪拉克'], kind: 'brand', group: 'General Motors', country: 'US' },
  { name: 'GMC', kind: 'brand', group: 'General Motors', country: 'US' },
  { name: 'Buick', aliases: ['别克'], kind: 'brand', group: 'General Motors', country: 'US' },
  { name: 'BrightDrop', kind: 'brand', group: 'General Motors', country: 'US' },
  { name: 'Holden', kind: 'brand', group: 'General Motors', country: 'AU', ambiguous: true },
  { name: 'Rivian', aliases: ['Rivian Automotive'], kind: 'brand', country: 'US' },
  { name: 'Lucid', aliases: ['Lucid Motors', 'Lucid Group'], kind: 'brand', country: 'US', ambiguous: true },
  { name: 'Fisker', aliases: ['Fisker Inc'], kind: 'brand', country: 'US' },
  { name: 'Canoo', kind: 'brand', country: 'US' },
  { name: 'Lordstown Motors', kind: 'brand', country: 'US' },
  { name: 'Nikola', aliases: ['Nikola Corporation', 'Nikola Motor'], kind: 'brand', country: 'US' },
  { name: 'Faraday Future', kind: 'brand', country: 'US' },
  { name: 'Harley-Davidson', kind: 'brand', country: 'US' },
  { name: 'PACCAR', aliases: ['Paccar'], kind: 'group', country: 'US' },
  { name: 'Kenworth', kind: 'brand', group: 'PACCAR', country: 'US' },
  { name: 'Peterbilt', kind: 'brand', group: 'PACCAR', country: 'US' },
  { name: 'DAF', aliases: ['DAF Trucks'], kind: 'brand', group: 'PACCAR', country: 'NL' },
  { name: 'Navistar', kind: 'brand', group: 'Traton', country: 'US' },
  { name: 'Blue Bird', aliases: ['Blue Bird Corporation'], kind: 'brand', country: 'US' },

  // ---- Europe: Volkswagen
  { name: 'Volkswagen', aliases: ['VW', 'VW Group', 'VW AG', 'groupe Volkswagen', 'groupe VW', 'Volkswagen Konzern', 'Volkswagen Passenger Cars', '大众汽车'], kind: 'group', country: 'DE' },
  { name: 'Audi', aliases: ['奥迪'], kind: 'brand', group: 'Volkswagen', country: 'DE' },
  { name: 'Skoda', aliases: ['斯柯达'], kind: 'brand', group: 'Volkswagen', country: 'CZ' },
  { name: 'Seat', aliases: ['Seat S.A.'], kind: 'brand', group: 'Volkswagen', country: 'ES', ambiguous: true },
  { name: 'Cupra', kind: 'brand', group: 'Volkswagen', country: 'ES' },
  { name: 'Porsche', aliases: ['Porsche AG', '保时捷'], kind: 'brand', group: 'Volkswagen', country: 'DE' },
  { name: 'Bentley', aliases: ['Bentley Motors'], kind: 'brand', group: 'Volkswagen', country: 'GB' },
  { name: 'Lamborghini', aliases: ['Automobili Lamborghini'], kind: 'brand', group: 'Volkswagen', country: 'IT' },
  { name: 'Ducati', kind: 'brand', group: 'Volkswagen', country: 'IT' },
  { name: 'Scout Motors', aliases: ['Scout'], kind: 'brand', group: 'Volkswagen', country: 'US', ambiguous: true },
  { name: 'Traton', aliases: ['Traton Group'], kind: 'group', group: 'Volkswagen', country: 'DE' },
  { name: 'Scania', kind: 'brand', group: 'Traton', country: 'SE' },
  { name: 'MAN', aliases: ['MAN Truck & Bus', 'MAN Truck and Bus', 'MAN Trucks'], kind: 'brand', group: 'Traton', country: 'DE', ambiguous: true },
  { name: 'Bugatti', aliases: ['Bugatti Rimac'], kind: 'brand', country: 'FR' },
  { name: 'Rimac', aliases: ['Rimac Automobili'], kind: 'brand', country: 'HR' },

  // ---- Europe: BMW, Mercedes-Benz, Daimler Truck
  { name: 'BMW', aliases: ['groupe BMW', 'Bayerische Motoren Werke', 'BMW Motorrad', '宝马'], kind: 'group', country: 'DE' },
  { name: 'Mini', aliases: ['MINI'], kind: 'brand', group: 'BMW', country: 'GB', ambiguous: true },
  { name: 'Rolls-Royce', aliases: ['Rolls-Royce Motor Cars', '劳斯莱斯'], kind: 'brand', group: 'BMW', country: 'GB' },
  { name: 'Alpina', aliases: ['BMW Alpina'], kind: 'brand', group: 'BMW', country: 'DE' },
  { name: 'Mercedes-Benz', aliases: ['Mercedes', 'Mercedes-Benz Group', 'Mercedes-Benz Cars', 'Daimler', 'Daimler AG', 'groupe Mercedes-Benz', '奔驰', '梅赛德斯-奔驰'], kind: 'group', country: 'DE' },
  { name: 'Mercedes-AMG', aliases: ['AMG'], kind: 'brand', group: 'Mercedes-Benz', country: 'DE' },
  { name: 'Mercedes-Maybach', aliases: ['Maybach'], kind: 'brand', group: 'Mercedes-Benz', country: 'DE' },
  { name: 'Brabus', kind: 'brand', country: 'DE' },
  { name: 'Daimler Truck', aliases: ['Daimler Trucks', 'Daimler Truck AG', 'Daimler Buses'], kind: 'group', country: 'DE' },
  { name: 'Freightliner', kind: 'brand', group: 'Daimler Truck', country: 'US' },
  { name: 'Western Star', kind: 'brand', group: 'Daimler Truck', country: 'US' },
  { name: 'Fuso', aliases: ['Mitsubishi Fuso'], kind: 'brand', group: 'Daimler Truck', country: 'JP' },
  { name: 'BharatBenz', kind: 'brand', group: 'Daimler Truck', country: 'IN' },
  { name: 'Setra', kind: 'brand', group: 'Daimler Truck', country: 'DE' },
  { name: 'Thomas Built Buses', kind: 'brand', group: 'Daimler Truck', country: 'US' },
  { name: 'Borgward', kind: 'brand', country: 'DE' },

  // ---- Europe: Stellantis and its predecessors
  { name: 'Stellantis', aliases: ['groupe Stellantis', 'Stellantis N.V.', 'Stellantis NV', '斯特兰蒂斯'], kind: 'group', country: 'NL' },
  // French press names makers by their badge: 'la marque au lion', 'les chevrons', 'le losange'
  { name: 'Peugeot', aliases: ['标致', 'marque au lion'], kind: 'brand', group: 'Stellantis', country: 'FR' },
  { name: 'Citroën', aliases: ['雪铁龙', 'marque aux chevrons', 'double chevron'], kind: 'brand', group: 'Stellantis', country: 'FR' },
  { name: 'DS', aliases: ['DS Automobiles'], kind: 'brand', group: 'Stellantis', country: 'FR', ambiguous: true },
  { name: 'Opel', kind: 'brand', group: 'Stellantis', country: 'DE' },
  { name: 'Vauxhall', kind: 'brand', group: 'Stellantis', country: 'GB' },
  { name: 'Fiat', aliases: ['菲亚特'], kind: 'brand', group: 'Stellantis', country: 'IT' },
  { name: 'Abarth', kind: 'brand', group: 'Stellantis', country: 'IT' },
  { name: 'Alfa Romeo', kind: 'brand', group: 'Stellantis', country: 'IT' },
  { name: 'Lancia', kind: 'brand', group: 'Stellantis', country: 'IT' },
  { name: 'Maserati', kind: 'brand', group: 'Stellantis', country: 'IT' },
  { name: 'Jeep', aliases: ['吉普'], kind: 'brand', group: 'Stellantis', country: 'US' },
  { name: 'Chrysler', kind: 'brand', group: 'Stellantis', country: 'US' },
  { name: 'Dodge', kind: 'brand', group: 'Stellantis', country: 'US', ambiguous: true },
  { name: 'Ram', aliases: ['Ram Trucks'], kind: 'brand', group: 'Stellantis', country: 'US', ambiguous: true },
  { name: 'PSA', aliases: ['Groupe PSA', 'PSA Group', 'PSA Peugeot Citroën', 'PSA Peugeot Citroen'], kind: 'group', country: 'FR' },
  { name: 'FCA', aliases: ['Fiat Chrysler Automobiles', 'Fiat Chrysler'], kind: 'group', country: 'IT', ambiguous: true },

  // ---- Europe: Renault and other French makers
  { name: 'Renault', aliases: ['Renault Group', 'Groupe Renault', 'Renault Korea', 'Renault Korea Motors', 'Renault Samsung', 'Renault Samsung Motors', 'Renault do Brasil', '雷诺', 'losange', 'marque au losange'], kind: 'group', country: 'FR' },
  { name: 'Dacia', kind: 'brand', group: 'Renault', country: 'RO' },
  { name: 'Alpine', aliases: ['Alpine Cars'], kind: 'brand', group: 'Renault', country: 'FR', ambiguous: true },
  { name: 'Ligier', kind: 'brand', country: 'FR' },
  { name: 'Aixam', kind: 'brand', country: 'FR' },

  // ---- Europe: Volvo Group, Iveco and other truck and bus makers
  { name: 'Volvo Group', aliases: ['AB Volvo', 'Volvo Trucks', 'Volvo Buses'], kind: 'group', country: 'SE' },
  { name: 'Renault Trucks', kind: 'brand', group: 'Volvo Group', country: 'FR' },
  { name: 'Mack', aliases: ['Mack Trucks'], kind: 'brand', group: 'Volvo Group', country: 'US', ambiguous: true },
  { name: 'Iveco', aliases: ['Iveco Group'], kind: 'group', country: 'IT' },
  { name: 'Solaris', aliases: ['Solaris Bus & Coach', 'Solaris Bus'], kind: 'brand', country: 'PL', ambiguous: true },
  { name: 'Van Hool', kind: 'brand', country: 'BE' },
  { name: 'VDL', aliases: ['VDL Bus & Coach', 'VDL Groep'], kind: 'brand', country: 'NL' },
  { name: 'Irizar', kind: 'brand', country: 'ES' },
  { name: 'Wrightbus', aliases: ['Wright Bus'], kind: 'brand', country: 'GB' },
  { name: 'Alexander Dennis', kind: 'brand', country: 'GB' },
  { name: 'Tatra', aliases: ['Tatra Trucks'], kind: 'brand', country: 'CZ', ambiguous: true },
  { name: 'Einride', kind: 'brand', country: 'SE' },

  // ---- Europe: sports cars, luxury and specialists
  { name: 'Ferrari', aliases: ['法拉利'], kind: 'brand', country: 'IT' },
  { name: 'Pagani', kind: 'brand', country: 'IT' },
  { name: 'Koenigsegg', kind: 'brand', country: 'SE' },
  { name: 'Aston Martin', aliases: ['Aston Martin Lagonda'], kind: 'brand', country: 'GB' },
  { name: 'McLaren', aliases: ['McLaren Automotive'], kind: 'brand', country: 'GB' },
  { name: 'Caterham', kind: 'brand', country: 'GB' },
  { name: 'Morgan', aliases: ['Morgan Motor', 'Morgan Motor Company'], kind: 'brand', country: 'GB', ambiguous: true },
  { name: 'Ineos Automotive', aliases: ['Ineos'], kind: 'brand', country: 'GB' },
  { name: 'Hispano Suiza', aliases: ['Hispano-Suiza'], kind: 'brand', country: 'ES' },
  { name: 'Automobili Pininfarina', kind: 'brand', country: 'IT' },
  { name: 'Microlino', kind: 'brand', country: 'CH' },
  { name: 'Piaggio', aliases: ['Piaggio Group'], kind: 'group', country: 'IT' },
  { name: 'Vespa', kind: 'brand', group: 'Piaggio', country: 'IT' },
  { name: 'Aprilia', kind: 'brand', group: 'Piaggio', country: 'IT' },
  { name: 'Moto Guzzi', kind: 'brand', group: 'Piaggio', country: 'IT' },
  { name: 'KTM', aliases: ['Pierer Mobility'], kind: 'brand', country: 'AT' },

  // ---- Turkey, Russia, Iran, the Gulf, Latin America
  { name: 'Togg', kind: 'brand', country: 'TR' },
  { name: 'Ceer', kind: 'brand', country: 'SA' },
  { name: 'Otokar', kind: 'brand', country: 'TR' },
  { name: 'Karsan', kind: 'brand', country: 'TR' },
  { name: 'Temsa', kind: 'brand', country: 'TR' },
  { name: 'Lada', aliases: ['AvtoVAZ', 'АвтоВАЗ', 'Лада'], kind: 'brand', country: 'RU' },
  { name: 'Moskvich', aliases: ['Москвич'], kind: 'brand', country: 'RU' },
  { name: 'GAZ', aliases: ['GAZ Group', 'Gorky Automobile Plant', 'ГАЗ'], kind: 'brand', country: 'RU' },
  { name: 'UAZ', aliases: ['Ulyanovsk Automobile Plant', 'УАЗ'], kind: 'brand', country: 'RU' },
  { name: 'Kamaz', aliases: ['КАМАЗ'], kind: 'brand', country: 'RU' },
  { name: 'Aurus', kind: 'brand', country: 'RU' },
  { name: 'Sollers', kind: 'group', country: 'RU' },
  { name: 'Evolute', kind: 'brand', country: 'RU' },
  { name: 'Tenet', kind: 'brand', country: 'RU', ambiguous: true },
  { name: 'Iran Khodro', aliases: ['IKCO', 'Iran Khodro Company'], kind: 'group', country: 'IR' },
  { name: 'SAIPA', aliases: ['Saipa'], kind: 'group', country: 'IR' },
  { name: 'Bahman', aliases: ['Bahman Group'], kind: 'group', country: 'IR' },
  { name: 'Marcopolo', kind: 'brand', country: 'BR' },
  { name: 'Agrale', kind: 'brand', country: 'BR' },
];

/**
 * Suffixes that extend a brand name into its company's name: 'Geely Automobile Holdings',
 * 'Seat S.A.', 'Jetour International'. Legal forms are the same in every language.
 */
export const CORPORATE_DESIGNATORS: readonly string[] = [
  'Group', 'Motor', 'Motors', 'Motor Company', 'Motor Corporation', 'Auto', 'Automobile', 'Automobiles',
  'Automotive', 'Cars', 'Holding', 'Holdings', 'International', 'Passenger Vehicle', 'Passenger Vehicles',
  'Company', 'Corporation', 'Corp', 'Co', 'Inc', 'Ltd', 'Limited', 'AG', 'SE', 'SA', 'S.A.', 'S.p.A.', 'SpA',
  'NV', 'N.V.', 'plc', 'PLC', 'GmbH', 'Kft', 'LLC',
];

/**
 * Phrases that begin with a brand's name but name something else: matched first, so the brand
 * inside them is not reported.
 */
export const NOT_BRAND_PHRASES: readonly string[] = [
  'Great Wall of China', 'Samsung Galaxy', 'Galaxy Tab', 'Nikola Tesla', 'Ratan Tata', 'Noel Tata',
  'Morgan Stanley', 'J.P. Morgan', 'JP Morgan', 'Lotus Notes', 'Abraham Lincoln', 'Lincoln Center', 'Dodge City',
  'Solaris Bank', 'Mini Metro', 'Tank Museum',
];

/**
 * Model names of ambiguous brands: 'Seat Leon', 'Mini Cooper', 'Lucid Air' show that the word before
 * them names the maker. Model codes with digits ('Tank 300', 'Alpine A290') need no listing.
 */
export const BRAND_MODELS: Readonly<Record<string, readonly string[]>> = {
  Smart: ['Fortwo', 'Forfour', 'Roadster'],
  Mini: ['Cooper', 'Countryman', 'Aceman', 'Clubman', 'Paceman', 'Electric', 'John Cooper Works'],
  Seat: ['Leon', 'León', 'Ibiza', 'Arona', 'Ateca', 'Tarraco', 'Mii', 'Alhambra', 'Toledo'],
  Alpine: ['Berlinette'],
  Lotus: ['Eletre', 'Emeya', 'Emira', 'Evija', 'Elise', 'Exige', 'Evora'],
  Genesis: ['Electrified'],
  Dodge: ['Charger', 'Challenger', 'Durango', 'Hornet', 'Viper', 'Journey'],
  Ram: ['ProMaster', 'Rampage', 'Heavy Duty'],
  Jaguar: ['F-Pace', 'E-Pace', 'I-Pace', 'F-Type', 'E-Type', 'Type 00'],
  Lucid: ['Air', 'Gravity'],
  Proton: ['Saga', 'Persona', 'Iriz', 'Exora', 'e.MAS', 'Emas'],
  Ora: ['Good Cat', 'Funky Cat', 'Lightning Cat', 'Ballet Cat', 'Punk Cat'],
  Tank: ['Hi4-T'],
  Galaxy: ['Starship', 'Starshine', 'Xingyuan'],
  Lincoln: ['Navigator', 'Aviator', 'Nautilus', 'Corsair'],
  Mack: ['Anthem', 'Granite', 'Pinnacle'],
  Holden: ['Commodore', 'Colorado'],
  Morgan: ['Plus Four', 'Plus Six', 'Super 3'],
  Solaris: ['Urbino'],
  'Scout Motors': ['Traveler', 'Terra'],
  MAN: ['Lion\'s City'],
  Geometry: ['A', 'C', 'E'],
};

