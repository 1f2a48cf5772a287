"""Traditional Chinese characters and their simplified forms, for the normalized view.

Spam written in traditional characters, or mixing both forms inside one phrase (``博彩娛乐``) to
slip past keyword lists, should look like the same spam to the classifier. This table folds the
traditional form of 893 common characters (general text, and the vocabularies of gambling,
adult, loan and pharmacy spam) to the simplified one. It is one code point to one code point, so
it is a plain lookup in the fold table. Characters whose traditional form is also an ordinary
simplified character with another meaning (乾, 著, 藉, 瞭) are left alone.

Written for spamguard from the standard correspondences; it is not a complete conversion table.
A user who needs full conversion can run OpenCC before spamguard.

>>> fold_hanzi("博彩娛樂 賭場 線上")
'博彩娱乐 赌场 线上'
"""

from __future__ import annotations

TRADITIONAL = (
    "亂亞佔來侖侶係俠倉個們倫偉側偵偽傘備傭傳債傷僅僑價儀儂億優儲兌兒兩冊凍凱別刪則剋"
    "剛創劃劇劉劍劑勁動務勝勞勢勳勵勸勻匯區協卻厭厲參叢吳呂員問啞啟喚喪喬單嗎嘆嘔嘗嘩"
    "嘯噴嚇嚐嚮嚴國圍園圓圖團執堅堯報場塊塵墜墳壇壓壘壞壯壺壽夠夢夥夾奧奪奮娛婁婦媽嬌"
    "嬰孫學寢實寧審寫寬寵寶將專尋對導屆層屬岡島峽崗嶺嶼巖帥師帳帶幣幫幹幾庫廁廂廈廚廟"
    "廠廣廬廳張強彈彌彎後徑從復徵徹恆惡惱愛態慘慮慶慾憂憑憲憶懇應懲懷戀戰戲戶捨捲掃揚"
    "換揮損搖搶撐撥撫撲撿擁擇擊擋擔據擠擬擴擺擾攜攝攤敘數斂斷時晉晝暢暫曆曉曬書會東條"
    "棄棧楊業極構槍樂樓標樞樣樸橋機檔檢檯權歐歡歲歷歸殘殺殼氣氫決沒況涼淚淨減測渾湊湯"
    "準溝溫滅滬滯滲滷滾滿漁漢漲潑潔潤濁濃濕濟濤濱瀏灑灘灣災為烏無煉煥熒熱燈燒營燦爐爛"
    "爭爺爾牆牠牽犧猶猻獄獅獎獨獲獵獸獻現瑣瑪環瓊瓏產畝畢畫異當疊痺瘋瘡療癡癢癮癱發皺"
    "盜盞盡監盤盧盪眾睜碩確碼磚礙礦祿禍禦禪禮稅種稱穀穌積穩穫窩窮竊競筆筍箏節範築篤篩"
    "簡簽簾籃籌籤糧糾紀約紅紋納紐純紙級紛紡紮細終組結絕絡給絨統絲綁經綜綠維綱網綿緊緒"
    "線緣編緩緯練緻縣縫縮縱總績繞繩繪繫繼續罈罰罵罷羅羨義習聖聞聯聰聲聳聶職聽肅脅脫腎"
    "腦腫膚膠膩膽臉臟臨臺與興舉舊艙艱艷芻莊莖華萊萬葉蒼蓋蓮蓽蔔蔣蕩蕭薦薩藍藝藥蘆蘇蘊"
    "蘋蘭蘿處虛號虧蝕蝦蟲蠟蠶衆衊術衛衝袞裏補裝裡製複褲襪襯見規覓視親覺覽觀觸訂計訊討"
    "訓記訪設許註詐評詞詠試詩話該詳誇誌認誕誘語誠誤說誰課調談請諒論諸謀謊謎講謝謠證譏"
    "識譜譯議護讀變讓讚豈豎豐豔豬貓貝貞負財貧貨販貪貫責貴貶買貸費貼貿賀賂賄資賊賓賞賠"
    "賢賣賤賦質賬賭賴賺購賽贅贈贊贏贓贖趕趙趨跡踐蹟蹤躍車軌軍軒軟軸較載輔輕輪輸轉轎辦"
    "辭辯農這連週進運過達違遜遞遠適遲遷選遺遼還邊郵鄉鄧鄭鄰醜醞醫醬釀釋針釣鈔鈕鈴鉛鉤"
    "銀銅銳銷鋒鋪鋼錄錢錦錯錶鍊鍋鍵鍾鎖鎮鏈鏡鏽鐘鐵鑄鑑鑒鑰鑽鑿長門閃閉開閒間閣閱闆闊"
    "闖關闢陣陰陳陸陽隊階際隨險隱隻雖雙雛雜雞離難雲電靂靈靜韌韓韻響頁頂項順須頌預頑頒"
    "頓頗領頭頰頸頻顆題額顎顏願顛類顧顫顯風颱颳飄飛飢飯飲飽飾餅養餓餘館餵饅饑馬馮駐駕"
    "駛駝騎騙騰騷驅驕驗驚驢髒體髖髮鬆鬍鬚鬢鬥鬧鬱魚魯鮮鯨鱷鳥鳳鳴鴨鴻鵝鵬鶴鷹鹵鹽麗麥"
    "麵麼黃點黨黴鼴齊齒齡龍龐龜"
)
SIMPLIFIED = (
    "乱亚占来仑侣系侠仓个们伦伟侧侦伪伞备佣传债伤仅侨价仪侬亿优储兑儿两册冻凯别删则克"
    "刚创划剧刘剑剂劲动务胜劳势勋励劝匀汇区协却厌厉参丛吴吕员问哑启唤丧乔单吗叹呕尝哗"
    "啸喷吓尝向严国围园圆图团执坚尧报场块尘坠坟坛压垒坏壮壶寿够梦伙夹奥夺奋娱娄妇妈娇"
    "婴孙学寝实宁审写宽宠宝将专寻对导届层属冈岛峡岗岭屿岩帅师帐带币帮干几库厕厢厦厨庙"
    "厂广庐厅张强弹弥弯后径从复征彻恒恶恼爱态惨虑庆欲忧凭宪忆恳应惩怀恋战戏户舍卷扫扬"
    "换挥损摇抢撑拨抚扑捡拥择击挡担据挤拟扩摆扰携摄摊叙数敛断时晋昼畅暂历晓晒书会东条"
    "弃栈杨业极构枪乐楼标枢样朴桥机档检台权欧欢岁历归残杀壳气氢决没况凉泪净减测浑凑汤"
    "准沟温灭沪滞渗卤滚满渔汉涨泼洁润浊浓湿济涛滨浏洒滩湾灾为乌无炼焕荧热灯烧营灿炉烂"
    "争爷尔墙它牵牺犹狲狱狮奖独获猎兽献现琐玛环琼珑产亩毕画异当叠痹疯疮疗痴痒瘾瘫发皱"
    "盗盏尽监盘卢荡众睁硕确码砖碍矿禄祸御禅礼税种称谷稣积稳获窝穷窃竞笔笋筝节范筑笃筛"
    "简签帘篮筹签粮纠纪约红纹纳纽纯纸级纷纺扎细终组结绝络给绒统丝绑经综绿维纲网绵紧绪"
    "线缘编缓纬练致县缝缩纵总绩绕绳绘系继续坛罚骂罢罗羡义习圣闻联聪声耸聂职听肃胁脱肾"
    "脑肿肤胶腻胆脸脏临台与兴举旧舱艰艳刍庄茎华莱万叶苍盖莲荜卜蒋荡萧荐萨蓝艺药芦苏蕴"
    "苹兰萝处虚号亏蚀虾虫蜡蚕众蔑术卫冲衮里补装里制复裤袜衬见规觅视亲觉览观触订计讯讨"
    "训记访设许注诈评词咏试诗话该详夸志认诞诱语诚误说谁课调谈请谅论诸谋谎谜讲谢谣证讥"
    "识谱译议护读变让赞岂竖丰艳猪猫贝贞负财贫货贩贪贯责贵贬买贷费贴贸贺赂贿资贼宾赏赔"
    "贤卖贱赋质账赌赖赚购赛赘赠赞赢赃赎赶赵趋迹践迹踪跃车轨军轩软轴较载辅轻轮输转轿办"
    "辞辩农这连周进运过达违逊递远适迟迁选遗辽还边邮乡邓郑邻丑酝医酱酿释针钓钞钮铃铅钩"
    "银铜锐销锋铺钢录钱锦错表炼锅键钟锁镇链镜锈钟铁铸鉴鉴钥钻凿长门闪闭开闲间阁阅板阔"
    "闯关辟阵阴陈陆阳队阶际随险隐只虽双雏杂鸡离难云电雳灵静韧韩韵响页顶项顺须颂预顽颁"
    "顿颇领头颊颈频颗题额颚颜愿颠类顾颤显风台刮飘飞饥饭饮饱饰饼养饿余馆喂馒饥马冯驻驾"
    "驶驼骑骗腾骚驱骄验惊驴脏体髋发松胡须鬓斗闹郁鱼鲁鲜鲸鳄鸟凤鸣鸭鸿鹅鹏鹤鹰卤盐丽麦"
    "面么黄点党霉鼹齐齿龄龙庞龟"
)

TO_SIMPLIFIED: dict[int, int] = dict(zip(map(ord, TRADITIONAL), map(ord, SIMPLIFIED), strict=True))


def fold_hanzi(text: str) -> str:
    """``text`` with the traditional characters of the table in their simplified form."""
    return text.translate(TO_SIMPLIFIED)
