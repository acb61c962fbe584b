import { isHan, isLatinLetter } from "./chars.js";

/**
 * Which Chinese a text is written in, decided from the characters actually used: common characters
 * that exist only in Simplified or only in Traditional form. Characters both scripts share (摘要, 中國
 * vs 中国 aside) say nothing, so only the distinctive ones are listed.
 */

const SIMPLIFIED_ONLY =
  "们这个说为来时对国经发现会进过动学还么实业关长问题开认应样间让给头电话图书东车马门见观记识语读谈论调设计议请该并专义产亲众办务劳单历压县厂广庆库张强录总战扩执护报拥择损换据无杂权条杨极构标检毕汉没沟浅济测浓涛润涨烟爱环乐网罗职联肃胜节药获荣虽证诉诊词译试诗详误谁谢货质购贸费资赛赵践软轻较辆边达迁运远违连选递逻邮郑释钱铁银锁锐错闭闻阔队阳阶际陆险随隐难雾韩顺须领频题额风飞馆驱验鱼鸡麦黄齐龙区欧当亚与习买乱争亏云亿仅从仓仪价优传伤伦伪体余侧侨债倾储儿党兰兴养冈册写军农冲决况冻净准减几凤凭击划刘则刚创删别剂剑剧劝励劲势勋医华协卖卢卫厅厉厌参双变叶号吓吗启吴员响团园围圆圣场坏块坚坛垄垒墙壮声处备够夺奋奖妇妈娱婴孙宁宝宠审宪宫宽宾导寻寿将尔尘尝层属岁岛岭币师帐带帮庄庙废异弃弥归彻径忆忧怀态恋恶惊惧惯愤扫扬扰拟挂挤挥掷摄摆携敌数断旧显晓晒暂术机杀枪柜栏树桥欢残毁气汇汤泽泪洁洒浏满滚滞灭灯灵灾点炼热牵犹独狭猎献琼画畅疗监盖盘矿码础确礼祸离种积称稳穷窃竞笔简类粮紧纠红约级纪纯纲纳纵纷纸线练组细终经结绕络统继绩续维综罚肤肿胁脑脱舰艺范萧虏虑补装规视览觉讯讲许访评诚询诸课谋谓贝负贡财责贤败贩贫贯贺赋赏赖赞赢轨转轮载辑输迈迟遗邓邻酱钟钢铺链销键闲闹阅阴阵陈页顶项顾顿预颜饭饮驶骗鲁鸟";

const TRADITIONAL_ONLY =
  "們這個說為來時對國經發現會進過動學還麼實業關長問題開認應樣間讓給頭電話圖書東車馬門見觀記識語讀談論調設計議請該並專義產親眾辦務勞單歷壓縣廠廣慶庫張強錄總戰擴執護報擁擇損換據無雜權條楊極構標檢畢漢沒溝淺濟測濃濤潤漲煙愛環樂網羅職聯肅勝節藥獲榮雖證訴診詞譯試詩詳誤誰謝貨質購貿費資賽趙踐軟輕較輛邊達遷運遠違連選遞邏郵鄭釋錢鐵銀鎖銳錯閉聞闊隊陽階際陸險隨隱難霧韓順須領頻題額風飛館驅驗魚雞麥黃齊龍區歐當亞與習買亂爭虧雲億僅從倉儀價優傳傷倫偽體餘側僑債傾儲兒黨蘭興養岡冊寫軍農衝決況凍淨準減幾鳳憑擊劃劉則剛創刪別劑劍劇勸勵勁勢勳醫華協賣盧衛廳厲厭參雙變葉號嚇嗎啟吳員響團園圍圓聖場壞塊堅壇壟壘牆壯聲處備夠奪奮獎婦媽娛嬰孫寧寶寵審憲宮寬賓導尋壽將爾塵嘗層屬歲島嶺幣師帳帶幫莊廟廢異棄彌歸徹徑憶憂懷態戀惡驚懼慣憤掃揚擾擬掛擠揮擲攝擺攜敵數斷舊顯曉曬暫術機殺槍櫃欄樹橋歡殘毀氣匯湯澤淚潔灑瀏滿滾滯滅燈靈災點煉熱牽猶獨狹獵獻瓊畫暢療監蓋盤礦碼礎確禮禍離種積稱穩窮竊競筆簡類糧緊糾紅約級紀純綱納縱紛紙線練組細終結繞絡統繼績續維綜罰膚腫脅腦脫艦藝範蕭虜慮補裝規視覽覺訊講許訪評誠詢諸課謀謂貝負貢財責賢敗販貧貫賀賦賞賴贊贏軌轉輪載輯輸邁遲遺鄧鄰醬鐘鋼鋪鏈銷鍵閒鬧閱陰陣陳頁頂項顧頓預顏飯飲駛騙魯鳥";

const BASE = 0x3400;
/** 1 for Traditional-only, 2 for Simplified-only, indexed by code unit − U+3400 (CJK Extension A onwards). */
const VARIANT = new Uint8Array(0xa000 - BASE);

function mark(chars: string, value: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= BASE && c < 0xa000) VARIANT[c - BASE] = value;
  }
}
mark(TRADITIONAL_ONLY, 1);
mark(SIMPLIFIED_ONLY, 2);

export const TRADITIONAL = 1;
export const SIMPLIFIED = 2;

/** `TRADITIONAL`, `SIMPLIFIED` or 0 for a code unit in the CJK ideograph blocks. */
export function hanVariant(c: number): number {
  return c >= BASE && c < 0xa000 ? (VARIANT[c - BASE] ?? 0) : 0;
}

/** The two lists, for tests that guard them against overlapping. */
export const VARIANT_LISTS = { simplified: SIMPLIFIED_ONLY, traditional: TRADITIONAL_ONLY } as const;

export interface ScriptCounts {
  han: number;
  latin: number;
  traditional: number;
  simplified: number;
}

/**
 * How many letters of a summary decide its script. Counting stops there, so a long summary costs no
 * more than a short one; and the first letters of a text are the same however its lines were wrapped.
 */
export const SCRIPT_SAMPLE = 100;

/** Adds the script of [from, to) to `counts`, stopping once the sample is full. */
export function countScript(text: string, from: number, to: number, counts: ScriptCounts): void {
  for (let i = from; i < to && counts.han + counts.latin < SCRIPT_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      counts.han++;
      const variant = hanVariant(c);
      if (variant === TRADITIONAL) counts.traditional++;
      else if (variant === SIMPLIFIED) counts.simplified++;
    } else if (isLatinLetter(c)) counts.latin++;
  }
}

/** The language family counts point to: Chinese when Han characters carry at least half the letters' weight. */
export function familyOf(counts: ScriptCounts): "zh" | "en" | null {
  if (counts.han > 0 && counts.han * 2 >= counts.latin) return "zh";
  return counts.latin > 0 ? "en" : null;
}
