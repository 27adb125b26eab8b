/**
 * Traditional → simplified pairs (繁简对照) for the characters that appear in assessment tables:
 * headers (責任單位, 考核任務, 包抓領導, 累計完成, 計量單位, 倒排時間, 監管部門 …), sheet names
 * (月度完成情況, 加減分登記), checkpoint words, units (億元, 萬元) and common indicator names
 * (地方財政收入, 全社會固定資產投資, 規模以上工業增加值 …), including variants used in seeds 003 and 004
 * (覈, 爲, 產). Each entry is one traditional character followed by its simplified form.
 */
const PAIRS =
  "責责 單单 稱称 覈核 務务 領领 導导 實实 際际 計计 況况 規规 則则 編编 號号 減减 記记 協协 時时 間间 " +
  "節节 點点 監监 門门 標标 產产 産产 業业 總总 額额 財财 資资 億亿 萬万 報报 數数 負负 區区 縣县 " +
  "類类 別别 絕绝 對对 徑径 長长 經经 濟济 發发 統统 稅税 會会 費费 貿贸 與与 環环 衛卫 農农 鎮镇 " +
  "鄉乡 園园 開开 設设 項项 個个 劃划 進进 電电 網网 絡络 價价 辦办 員员 級级 國国 內内 職职 廣广 " +
  "體体 氣气 質质 顆颗 濃浓 揮挥 機机 專专 請请 權权 遊游 備备 註注 說说 賬账 預预 狀状 態态 當当 " +
  "綜综 評评 績绩 獎奖 懲惩 為为 爲为 從从 這这 們们 來来 將将 並并 於于 無无 後后 應应 週周 擔担 " +
  "勵励 處处 場场 紀纪 錄录 條条 優优 較较 檔档 審审 執执 強强 調调 穩稳 臺台 衆众 眾众 羣群 牽牵 " +
  "頭头 庫库 營营 運运 輸输 險险 災灾 糧粮 養养 醫医 療疗 藥药 學学 師师 範范 圍围 華华 漢汉 陝陕 " +
  "遼辽 寧宁 鹽盐 礦矿 鋼钢 鐵铁 煙烟 車车 輛辆 橋桥 燈灯 漁渔 樹树 綠绿 邊边 廠厂 礎础 構构 築筑 " +
  "達达 準准 傳传 訊讯 據据 戶户 層层 鄰邻 幣币 銀银 貸贷 儲储 證证 買买 賣卖 購购 銷销 貨货 遞递 " +
  "郵邮 話话 視视 聽听 讀读 寫写 書书 圖图 館馆 藝艺 術术 劇剧 團团 隊队 組组 織织 黨党 檢检 驗验 " +
  "測测 試试 線线 綫线 畝亩 噸吨 裡里 歲岁 齡龄 兒儿 婦妇 殘残 貧贫 脫脱 幫帮 護护 廢废 棄弃 汙污 " +
  "淨净 潔洁 廁厕 畫画 餘余 佔占 確确 認认 識识 決决 債债 壓压 縮缩 舊旧 熱热 約约 談谈 灣湾 遷迁 " +
  "參参 選选 舉举 獲获 罰罚 雙双 歸归 屬属 轄辖 關关 鬆松 緊紧 爭争 彙汇 匯汇 滙汇 階阶 衝冲 異异 " +
  "廳厅 擁拥 閒闲 閱阅 問问 題题 顯显 頁页 順顺 須须 頻频 願愿 風风 飛飞 飲饮 飯饭 鬥斗 魚鱼 鳥鸟 " +
  "麥麦 黃黄 齊齐 龍龙 雲云 陸陆 廈厦 鐘钟 錢钱 鎖锁 釋释 鑒鉴 鑑鉴 現现 環环 瑩莹 產产 畢毕 當当 " +
  "疊叠 療疗 瘡疮 盡尽 盤盘 碼码 磚砖 礙碍 禮礼 禍祸 穀谷 穩稳 窮穷 競竞 筆笔 築筑 簡简 糾纠 紅红 " +
  "約约 級级 紙纸 紛纷 細细 終终 結结 給给 絲丝 綫线 維维 綱纲 網网 緩缓 編编 練练 縱纵 績绩 繫系 " +
  "繼继 續续 罷罢 羅罗 義义 習习 聯联 聲声 肅肃 腦脑 腳脚 臨临 舉举 艱艰 蘇苏 萊莱 蘭兰 號号 蟲虫 " +
  "補补 裝装 製制 複复 覆覆 親亲 覺觉 觀观 訂订 計计 討讨 訓训 託托 記记 訪访 設设 許许 訴诉 診诊 " +
  "詞词 試试 詳详 誠诚 誤误 說说 課课 誰谁 調调 論论 諸诸 謀谋 講讲 謝谢 證证 識识 譜谱 議议 護护 " +
  "變变 讓让 豐丰 貝贝 負负 財财 貢贡 貧贫 貨货 販贩 責责 貴贵 貸贷 費费 賀贺 資资 賓宾 賠赔 賞赏 " +
  "質质 購购 贈赠 贊赞 趕赶 趙赵 跡迹 踐践 躍跃 軍军 軌轨 軟软 較较 載载 輕轻 輔辅 輪轮 轉转 辦办 " +
  "農农 邊边 遠远 適适 遲迟 遺遗 郵邮 鄉乡 醫医 釐厘 針针 鈔钞 銷销 鋪铺 錯错 鍵键 鎮镇 鏈链 鑄铸 " +
  "長长 門门 閉闭 開开 閑闲 間间 閘闸 闊阔 關关 隊队 陳陈 陰阴 陽阳 階阶 際际 隨随 險险 隱隐 雜杂 " +
  "雞鸡 離离 難难 電电 靈灵 靜静 韓韩 響响 頂顶 項项 順顺 預预 領领 頻频 額额 顏颜 類类 顧顾 飽饱 " +
  "養养 驅驱 驗验 體体 鬧闹 麗丽 點点 齡龄 團团 圍围 園园 圖图 國国 執执 堅坚 報报 場场 塊块 墊垫 " +
  "壇坛 壞坏 壯壮 夥伙 奪夺 奮奋 婦妇 媽妈 學学 寧宁 實实 寫写 審审 寬宽 將将 專专 尋寻 對对 導导 " +
  "屆届 屬属 岡冈 嶺岭 巖岩 幹干 廟庙 廠厂 廣广 彈弹 彥彦 徵征 從从 復复 徹彻 憑凭 應应 懷怀 戰战 " +
  "戲戏 擇择 擊击 擴扩 擬拟 據据 攝摄 敵敌 斷断 於于 時时 晉晋 暢畅 曆历 曉晓 書书 會会 東东 條条 " +
  "楊杨 極极 構构 樂乐 樓楼 標标 樣样 橫横 檢检 權权 歡欢 歷历 歲岁 殼壳 氣气 沒没 溝沟 滅灭 滿满 " +
  "兩两 積积 漲涨 潤润 澤泽 濕湿 灑洒 災灾 無无 煉炼 爛烂 爺爷 牆墙 犧牺 狀状 獨独 獲获 率率 " +
  "過过 動动";

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  PAIRS.split(" ")
    .filter((pair) => pair.length === 2 && pair[0] !== pair[1])
    .map((pair) => [pair[0], pair[1]] as const)
);

/** Any character of the table above (all are single UTF-16 units). */
const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join("")}]`, "g");

/**
 * 繁转简: maps the traditional characters of assessment tables to simplified ones (責任單位 →
 * 责任单位, 考核任務 → 考核任务, 億元 → 亿元), character by character; every other character stays.
 * Meant for matching headers, sheet names and indicator names, not for translating prose.
 */
export function toSimplified(text: string): string {
  TRADITIONAL.lastIndex = 0;
  return TRADITIONAL.test(text)
    ? text.replace(TRADITIONAL, (char) => TO_SIMPLIFIED.get(char) ?? char)
    : text;
}
