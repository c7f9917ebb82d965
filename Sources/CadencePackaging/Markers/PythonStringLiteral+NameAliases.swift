// Generated from Unicode 15.0.0 NameAliases.txt (Debian package unicode-data, /usr/share/unicode), which
// Python's `\N{...}` escapes also accept. Unicode data files are under the Unicode License v3.

extension PythonStringLiteral {
    /// Every formal alias of a Unicode character (corrections, control names, alternates, figments and
    /// abbreviations such as `LINE FEED`, `NULL`, `BOM`, `NBSP`, `ZWJ`, `VS1`), upper-cased, with its code point.
    static let unicodeNameAliases: [String: UInt32] = [
        "NULL": 0x0000,  // control
        "NUL": 0x0000,  // abbreviation
        "START OF HEADING": 0x0001,  // control
        "SOH": 0x0001,  // abbreviation
        "START OF TEXT": 0x0002,  // control
        "STX": 0x0002,  // abbreviation
        "END OF TEXT": 0x0003,  // control
        "ETX": 0x0003,  // abbreviation
        "END OF TRANSMISSION": 0x0004,  // control
        "EOT": 0x0004,  // abbreviation
        "ENQUIRY": 0x0005,  // control
        "ENQ": 0x0005,  // abbreviation
        "ACKNOWLEDGE": 0x0006,  // control
        "ACK": 0x0006,  // abbreviation
        "ALERT": 0x0007,  // control
        "BEL": 0x0007,  // abbreviation
        "BACKSPACE": 0x0008,  // control
        "BS": 0x0008,  // abbreviation
        "CHARACTER TABULATION": 0x0009,  // control
        "HORIZONTAL TABULATION": 0x0009,  // control
        "HT": 0x0009,  // abbreviation
        "TAB": 0x0009,  // abbreviation
        "LINE FEED": 0x000A,  // control
        "NEW LINE": 0x000A,  // control
        "END OF LINE": 0x000A,  // control
        "LF": 0x000A,  // abbreviation
        "NL": 0x000A,  // abbreviation
        "EOL": 0x000A,  // abbreviation
        "LINE TABULATION": 0x000B,  // control
        "VERTICAL TABULATION": 0x000B,  // control
        "VT": 0x000B,  // abbreviation
        "FORM FEED": 0x000C,  // control
        "FF": 0x000C,  // abbreviation
        "CARRIAGE RETURN": 0x000D,  // control
        "CR": 0x000D,  // abbreviation
        "SHIFT OUT": 0x000E,  // control
        "LOCKING-SHIFT ONE": 0x000E,  // control
        "SO": 0x000E,  // abbreviation
        "SHIFT IN": 0x000F,  // control
        "LOCKING-SHIFT ZERO": 0x000F,  // control
        "SI": 0x000F,  // abbreviation
        "DATA LINK ESCAPE": 0x0010,  // control
        "DLE": 0x0010,  // abbreviation
        "DEVICE CONTROL ONE": 0x0011,  // control
        "DC1": 0x0011,  // abbreviation
        "DEVICE CONTROL TWO": 0x0012,  // control
        "DC2": 0x0012,  // abbreviation
        "DEVICE CONTROL THREE": 0x0013,  // control
        "DC3": 0x0013,  // abbreviation
        "DEVICE CONTROL FOUR": 0x0014,  // control
        "DC4": 0x0014,  // abbreviation
        "NEGATIVE ACKNOWLEDGE": 0x0015,  // control
        "NAK": 0x0015,  // abbreviation
        "SYNCHRONOUS IDLE": 0x0016,  // control
        "SYN": 0x0016,  // abbreviation
        "END OF TRANSMISSION BLOCK": 0x0017,  // control
        "ETB": 0x0017,  // abbreviation
        "CANCEL": 0x0018,  // control
        "CAN": 0x0018,  // abbreviation
        "END OF MEDIUM": 0x0019,  // control
        "EOM": 0x0019,  // abbreviation
        "EM": 0x0019,  // abbreviation
        "SUBSTITUTE": 0x001A,  // control
        "SUB": 0x001A,  // abbreviation
        "ESCAPE": 0x001B,  // control
        "ESC": 0x001B,  // abbreviation
        "INFORMATION SEPARATOR FOUR": 0x001C,  // control
        "FILE SEPARATOR": 0x001C,  // control
        "FS": 0x001C,  // abbreviation
        "INFORMATION SEPARATOR THREE": 0x001D,  // control
        "GROUP SEPARATOR": 0x001D,  // control
        "GS": 0x001D,  // abbreviation
        "INFORMATION SEPARATOR TWO": 0x001E,  // control
        "RECORD SEPARATOR": 0x001E,  // control
        "RS": 0x001E,  // abbreviation
        "INFORMATION SEPARATOR ONE": 0x001F,  // control
        "UNIT SEPARATOR": 0x001F,  // control
        "US": 0x001F,  // abbreviation
        "SP": 0x0020,  // abbreviation
        "DELETE": 0x007F,  // control
        "DEL": 0x007F,  // abbreviation
        "PADDING CHARACTER": 0x0080,  // figment
        "PAD": 0x0080,  // abbreviation
        "HIGH OCTET PRESET": 0x0081,  // figment
        "HOP": 0x0081,  // abbreviation
        "BREAK PERMITTED HERE": 0x0082,  // control
        "BPH": 0x0082,  // abbreviation
        "NO BREAK HERE": 0x0083,  // control
        "NBH": 0x0083,  // abbreviation
        "INDEX": 0x0084,  // control
        "IND": 0x0084,  // abbreviation
        "NEXT LINE": 0x0085,  // control
        "NEL": 0x0085,  // abbreviation
        "START OF SELECTED AREA": 0x0086,  // control
        "SSA": 0x0086,  // abbreviation
        "END OF SELECTED AREA": 0x0087,  // control
        "ESA": 0x0087,  // abbreviation
        "CHARACTER TABULATION SET": 0x0088,  // control
        "HORIZONTAL TABULATION SET": 0x0088,  // control
        "HTS": 0x0088,  // abbreviation
        "CHARACTER TABULATION WITH JUSTIFICATION": 0x0089,  // control
        "HORIZONTAL TABULATION WITH JUSTIFICATION": 0x0089,  // control
        "HTJ": 0x0089,  // abbreviation
        "LINE TABULATION SET": 0x008A,  // control
        "VERTICAL TABULATION SET": 0x008A,  // control
        "VTS": 0x008A,  // abbreviation
        "PARTIAL LINE FORWARD": 0x008B,  // control
        "PARTIAL LINE DOWN": 0x008B,  // control
        "PLD": 0x008B,  // abbreviation
        "PARTIAL LINE BACKWARD": 0x008C,  // control
        "PARTIAL LINE UP": 0x008C,  // control
        "PLU": 0x008C,  // abbreviation
        "REVERSE LINE FEED": 0x008D,  // control
        "REVERSE INDEX": 0x008D,  // control
        "RI": 0x008D,  // abbreviation
        "SINGLE SHIFT TWO": 0x008E,  // control
        "SINGLE-SHIFT-2": 0x008E,  // control
        "SS2": 0x008E,  // abbreviation
        "SINGLE SHIFT THREE": 0x008F,  // control
        "SINGLE-SHIFT-3": 0x008F,  // control
        "SS3": 0x008F,  // abbreviation
        "DEVICE CONTROL STRING": 0x0090,  // control
        "DCS": 0x0090,  // abbreviation
        "PRIVATE USE ONE": 0x0091,  // control
        "PRIVATE USE-1": 0x0091,  // control
        "PU1": 0x0091,  // abbreviation
        "PRIVATE USE TWO": 0x0092,  // control
        "PRIVATE USE-2": 0x0092,  // control
        "PU2": 0x0092,  // abbreviation
        "SET TRANSMIT STATE": 0x0093,  // control
        "STS": 0x0093,  // abbreviation
        "CANCEL CHARACTER": 0x0094,  // control
        "CCH": 0x0094,  // abbreviation
        "MESSAGE WAITING": 0x0095,  // control
        "MW": 0x0095,  // abbreviation
        "START OF GUARDED AREA": 0x0096,  // control
        "START OF PROTECTED AREA": 0x0096,  // control
        "SPA": 0x0096,  // abbreviation
        "END OF GUARDED AREA": 0x0097,  // control
        "END OF PROTECTED AREA": 0x0097,  // control
        "EPA": 0x0097,  // abbreviation
        "START OF STRING": 0x0098,  // control
        "SOS": 0x0098,  // abbreviation
        "SINGLE GRAPHIC CHARACTER INTRODUCER": 0x0099,  // figment
        "SGC": 0x0099,  // abbreviation
        "SINGLE CHARACTER INTRODUCER": 0x009A,  // control
        "SCI": 0x009A,  // abbreviation
        "CONTROL SEQUENCE INTRODUCER": 0x009B,  // control
        "CSI": 0x009B,  // abbreviation
        "STRING TERMINATOR": 0x009C,  // control
        "ST": 0x009C,  // abbreviation
        "OPERATING SYSTEM COMMAND": 0x009D,  // control
        "OSC": 0x009D,  // abbreviation
        "PRIVACY MESSAGE": 0x009E,  // control
        "PM": 0x009E,  // abbreviation
        "APPLICATION PROGRAM COMMAND": 0x009F,  // control
        "APC": 0x009F,  // abbreviation
        "NBSP": 0x00A0,  // abbreviation
        "SHY": 0x00AD,  // abbreviation
        "LATIN CAPITAL LETTER GHA": 0x01A2,  // correction
        "LATIN SMALL LETTER GHA": 0x01A3,  // correction
        "CGJ": 0x034F,  // abbreviation
        "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE": 0x0616,  // correction
        "ALM": 0x061C,  // abbreviation
        "SYRIAC SUBLINEAR COLON SKEWED LEFT": 0x0709,  // correction
        "KANNADA LETTER LLLA": 0x0CDE,  // correction
        "LAO LETTER FO FON": 0x0E9D,  // correction
        "LAO LETTER FO FAY": 0x0E9F,  // correction
        "LAO LETTER RO": 0x0EA3,  // correction
        "LAO LETTER LO": 0x0EA5,  // correction
        "TIBETAN MARK BKA- SHOG GI MGO RGYAN": 0x0FD0,  // correction
        "HANGUL JONGSEONG YESIEUNG-KIYEOK": 0x11EC,  // correction
        "HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK": 0x11ED,  // correction
        "HANGUL JONGSEONG SSANGYESIEUNG": 0x11EE,  // correction
        "HANGUL JONGSEONG YESIEUNG-KHIEUKH": 0x11EF,  // correction
        "FVS1": 0x180B,  // abbreviation
        "FVS2": 0x180C,  // abbreviation
        "FVS3": 0x180D,  // abbreviation
        "MVS": 0x180E,  // abbreviation
        "FVS4": 0x180F,  // abbreviation
        "SUNDANESE LETTER ARCHAIC I": 0x1BBD,  // correction
        "ZWSP": 0x200B,  // abbreviation
        "ZWNJ": 0x200C,  // abbreviation
        "ZWJ": 0x200D,  // abbreviation
        "LRM": 0x200E,  // abbreviation
        "RLM": 0x200F,  // abbreviation
        "LRE": 0x202A,  // abbreviation
        "RLE": 0x202B,  // abbreviation
        "PDF": 0x202C,  // abbreviation
        "LRO": 0x202D,  // abbreviation
        "RLO": 0x202E,  // abbreviation
        "NNBSP": 0x202F,  // abbreviation
        "MMSP": 0x205F,  // abbreviation
        "WJ": 0x2060,  // abbreviation
        "LRI": 0x2066,  // abbreviation
        "RLI": 0x2067,  // abbreviation
        "FSI": 0x2068,  // abbreviation
        "PDI": 0x2069,  // abbreviation
        "WEIERSTRASS ELLIPTIC FUNCTION": 0x2118,  // correction
        "MICR ON US SYMBOL": 0x2448,  // correction
        "MICR DASH SYMBOL": 0x2449,  // correction
        "LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE": 0x2B7A,  // correction
        "RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE": 0x2B7C,  // correction
        "YI SYLLABLE ITERATION MARK": 0xA015,  // correction
        "MYANMAR LETTER KHAMTI LLA": 0xAA6E,  // correction
        "VS1": 0xFE00,  // abbreviation
        "VS2": 0xFE01,  // abbreviation
        "VS3": 0xFE02,  // abbreviation
        "VS4": 0xFE03,  // abbreviation
        "VS5": 0xFE04,  // abbreviation
        "VS6": 0xFE05,  // abbreviation
        "VS7": 0xFE06,  // abbreviation
        "VS8": 0xFE07,  // abbreviation
        "VS9": 0xFE08,  // abbreviation
        "VS10": 0xFE09,  // abbreviation
        "VS11": 0xFE0A,  // abbreviation
        "VS12": 0xFE0B,  // abbreviation
        "VS13": 0xFE0C,  // abbreviation
        "VS14": 0xFE0D,  // abbreviation
        "VS15": 0xFE0E,  // abbreviation
        "VS16": 0xFE0F,  // abbreviation
        "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET": 0xFE18,  // correction
        "BYTE ORDER MARK": 0xFEFF,  // alternate
        "BOM": 0xFEFF,  // abbreviation
        "ZWNBSP": 0xFEFF,  // abbreviation
        "CUNEIFORM SIGN NU11 TENU": 0x122D4,  // correction
        "CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR": 0x122D5,  // correction
        "MEDEFAIDRIN CAPITAL LETTER H": 0x16E56,  // correction
        "MEDEFAIDRIN CAPITAL LETTER NG": 0x16E57,  // correction
        "MEDEFAIDRIN SMALL LETTER H": 0x16E76,  // correction
        "MEDEFAIDRIN SMALL LETTER NG": 0x16E77,  // correction
        "HENTAIGANA LETTER E-1": 0x1B001,  // correction
        "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS": 0x1D0C5,  // correction
        "VS17": 0xE0100,  // abbreviation
        "VS18": 0xE0101,  // abbreviation
        "VS19": 0xE0102,  // abbreviation
        "VS20": 0xE0103,  // abbreviation
        "VS21": 0xE0104,  // abbreviation
        "VS22": 0xE0105,  // abbreviation
        "VS23": 0xE0106,  // abbreviation
        "VS24": 0xE0107,  // abbreviation
        "VS25": 0xE0108,  // abbreviation
        "VS26": 0xE0109,  // abbreviation
        "VS27": 0xE010A,  // abbreviation
        "VS28": 0xE010B,  // abbreviation
        "VS29": 0xE010C,  // abbreviation
        "VS30": 0xE010D,  // abbreviation
        "VS31": 0xE010E,  // abbreviation
        "VS32": 0xE010F,  // abbreviation
        "VS33": 0xE0110,  // abbreviation
        "VS34": 0xE0111,  // abbreviation
        "VS35": 0xE0112,  // abbreviation
        "VS36": 0xE0113,  // abbreviation
        "VS37": 0xE0114,  // abbreviation
        "VS38": 0xE0115,  // abbreviation
        "VS39": 0xE0116,  // abbreviation
        "VS40": 0xE0117,  // abbreviation
        "VS41": 0xE0118,  // abbreviation
        "VS42": 0xE0119,  // abbreviation
        "VS43": 0xE011A,  // abbreviation
        "VS44": 0xE011B,  // abbreviation
        "VS45": 0xE011C,  // abbreviation
        "VS46": 0xE011D,  // abbreviation
        "VS47": 0xE011E,  // abbreviation
        "VS48": 0xE011F,  // abbreviation
        "VS49": 0xE0120,  // abbreviation
        "VS50": 0xE0121,  // abbreviation
        "VS51": 0xE0122,  // abbreviation
        "VS52": 0xE0123,  // abbreviation
        "VS53": 0xE0124,  // abbreviation
        "VS54": 0xE0125,  // abbreviation
        "VS55": 0xE0126,  // abbreviation
        "VS56": 0xE0127,  // abbreviation
        "VS57": 0xE0128,  // abbreviation
        "VS58": 0xE0129,  // abbreviation
        "VS59": 0xE012A,  // abbreviation
        "VS60": 0xE012B,  // abbreviation
        "VS61": 0xE012C,  // abbreviation
        "VS62": 0xE012D,  // abbreviation
        "VS63": 0xE012E,  // abbreviation
        "VS64": 0xE012F,  // abbreviation
        "VS65": 0xE0130,  // abbreviation
        "VS66": 0xE0131,  // abbreviation
        "VS67": 0xE0132,  // abbreviation
        "VS68": 0xE0133,  // abbreviation
        "VS69": 0xE0134,  // abbreviation
        "VS70": 0xE0135,  // abbreviation
        "VS71": 0xE0136,  // abbreviation
        "VS72": 0xE0137,  // abbreviation
        "VS73": 0xE0138,  // abbreviation
        "VS74": 0xE0139,  // abbreviation
        "VS75": 0xE013A,  // abbreviation
        "VS76": 0xE013B,  // abbreviation
        "VS77": 0xE013C,  // abbreviation
        "VS78": 0xE013D,  // abbreviation
        "VS79": 0xE013E,  // abbreviation
        "VS80": 0xE013F,  // abbreviation
        "VS81": 0xE0140,  // abbreviation
        "VS82": 0xE0141,  // abbreviation
        "VS83": 0xE0142,  // abbreviation
        "VS84": 0xE0143,  // abbreviation
        "VS85": 0xE0144,  // abbreviation
        "VS86": 0xE0145,  // abbreviation
        "VS87": 0xE0146,  // abbreviation
        "VS88": 0xE0147,  // abbreviation
        "VS89": 0xE0148,  // abbreviation
        "VS90": 0xE0149,  // abbreviation
        "VS91": 0xE014A,  // abbreviation
        "VS92": 0xE014B,  // abbreviation
        "VS93": 0xE014C,  // abbreviation
        "VS94": 0xE014D,  // abbreviation
        "VS95": 0xE014E,  // abbreviation
        "VS96": 0xE014F,  // abbreviation
        "VS97": 0xE0150,  // abbreviation
        "VS98": 0xE0151,  // abbreviation
        "VS99": 0xE0152,  // abbreviation
        "VS100": 0xE0153,  // abbreviation
        "VS101": 0xE0154,  // abbreviation
        "VS102": 0xE0155,  // abbreviation
        "VS103": 0xE0156,  // abbreviation
        "VS104": 0xE0157,  // abbreviation
        "VS105": 0xE0158,  // abbreviation
        "VS106": 0xE0159,  // abbreviation
        "VS107": 0xE015A,  // abbreviation
        "VS108": 0xE015B,  // abbreviation
        "VS109": 0xE015C,  // abbreviation
        "VS110": 0xE015D,  // abbreviation
        "VS111": 0xE015E,  // abbreviation
        "VS112": 0xE015F,  // abbreviation
        "VS113": 0xE0160,  // abbreviation
        "VS114": 0xE0161,  // abbreviation
        "VS115": 0xE0162,  // abbreviation
        "VS116": 0xE0163,  // abbreviation
        "VS117": 0xE0164,  // abbreviation
        "VS118": 0xE0165,  // abbreviation
        "VS119": 0xE0166,  // abbreviation
        "VS120": 0xE0167,  // abbreviation
        "VS121": 0xE0168,  // abbreviation
        "VS122": 0xE0169,  // abbreviation
        "VS123": 0xE016A,  // abbreviation
        "VS124": 0xE016B,  // abbreviation
        "VS125": 0xE016C,  // abbreviation
        "VS126": 0xE016D,  // abbreviation
        "VS127": 0xE016E,  // abbreviation
        "VS128": 0xE016F,  // abbreviation
        "VS129": 0xE0170,  // abbreviation
        "VS130": 0xE0171,  // abbreviation
        "VS131": 0xE0172,  // abbreviation
        "VS132": 0xE0173,  // abbreviation
        "VS133": 0xE0174,  // abbreviation
        "VS134": 0xE0175,  // abbreviation
        "VS135": 0xE0176,  // abbreviation
        "VS136": 0xE0177,  // abbreviation
        "VS137": 0xE0178,  // abbreviation
        "VS138": 0xE0179,  // abbreviation
        "VS139": 0xE017A,  // abbreviation
        "VS140": 0xE017B,  // abbreviation
        "VS141": 0xE017C,  // abbreviation
        "VS142": 0xE017D,  // abbreviation
        "VS143": 0xE017E,  // abbreviation
        "VS144": 0xE017F,  // abbreviation
        "VS145": 0xE0180,  // abbreviation
        "VS146": 0xE0181,  // abbreviation
        "VS147": 0xE0182,  // abbreviation
        "VS148": 0xE0183,  // abbreviation
        "VS149": 0xE0184,  // abbreviation
        "VS150": 0xE0185,  // abbreviation
        "VS151": 0xE0186,  // abbreviation
        "VS152": 0xE0187,  // abbreviation
        "VS153": 0xE0188,  // abbreviation
        "VS154": 0xE0189,  // abbreviation
        "VS155": 0xE018A,  // abbreviation
        "VS156": 0xE018B,  // abbreviation
        "VS157": 0xE018C,  // abbreviation
        "VS158": 0xE018D,  // abbreviation
        "VS159": 0xE018E,  // abbreviation
        "VS160": 0xE018F,  // abbreviation
        "VS161": 0xE0190,  // abbreviation
        "VS162": 0xE0191,  // abbreviation
        "VS163": 0xE0192,  // abbreviation
        "VS164": 0xE0193,  // abbreviation
        "VS165": 0xE0194,  // abbreviation
        "VS166": 0xE0195,  // abbreviation
        "VS167": 0xE0196,  // abbreviation
        "VS168": 0xE0197,  // abbreviation
        "VS169": 0xE0198,  // abbreviation
        "VS170": 0xE0199,  // abbreviation
        "VS171": 0xE019A,  // abbreviation
        "VS172": 0xE019B,  // abbreviation
        "VS173": 0xE019C,  // abbreviation
        "VS174": 0xE019D,  // abbreviation
        "VS175": 0xE019E,  // abbreviation
        "VS176": 0xE019F,  // abbreviation
        "VS177": 0xE01A0,  // abbreviation
        "VS178": 0xE01A1,  // abbreviation
        "VS179": 0xE01A2,  // abbreviation
        "VS180": 0xE01A3,  // abbreviation
        "VS181": 0xE01A4,  // abbreviation
        "VS182": 0xE01A5,  // abbreviation
        "VS183": 0xE01A6,  // abbreviation
        "VS184": 0xE01A7,  // abbreviation
        "VS185": 0xE01A8,  // abbreviation
        "VS186": 0xE01A9,  // abbreviation
        "VS187": 0xE01AA,  // abbreviation
        "VS188": 0xE01AB,  // abbreviation
        "VS189": 0xE01AC,  // abbreviation
        "VS190": 0xE01AD,  // abbreviation
        "VS191": 0xE01AE,  // abbreviation
        "VS192": 0xE01AF,  // abbreviation
        "VS193": 0xE01B0,  // abbreviation
        "VS194": 0xE01B1,  // abbreviation
        "VS195": 0xE01B2,  // abbreviation
        "VS196": 0xE01B3,  // abbreviation
        "VS197": 0xE01B4,  // abbreviation
        "VS198": 0xE01B5,  // abbreviation
        "VS199": 0xE01B6,  // abbreviation
        "VS200": 0xE01B7,  // abbreviation
        "VS201": 0xE01B8,  // abbreviation
        "VS202": 0xE01B9,  // abbreviation
        "VS203": 0xE01BA,  // abbreviation
        "VS204": 0xE01BB,  // abbreviation
        "VS205": 0xE01BC,  // abbreviation
        "VS206": 0xE01BD,  // abbreviation
        "VS207": 0xE01BE,  // abbreviation
        "VS208": 0xE01BF,  // abbreviation
        "VS209": 0xE01C0,  // abbreviation
        "VS210": 0xE01C1,  // abbreviation
        "VS211": 0xE01C2,  // abbreviation
        "VS212": 0xE01C3,  // abbreviation
        "VS213": 0xE01C4,  // abbreviation
        "VS214": 0xE01C5,  // abbreviation
        "VS215": 0xE01C6,  // abbreviation
        "VS216": 0xE01C7,  // abbreviation
        "VS217": 0xE01C8,  // abbreviation
        "VS218": 0xE01C9,  // abbreviation
        "VS219": 0xE01CA,  // abbreviation
        "VS220": 0xE01CB,  // abbreviation
        "VS221": 0xE01CC,  // abbreviation
        "VS222": 0xE01CD,  // abbreviation
        "VS223": 0xE01CE,  // abbreviation
        "VS224": 0xE01CF,  // abbreviation
        "VS225": 0xE01D0,  // abbreviation
        "VS226": 0xE01D1,  // abbreviation
        "VS227": 0xE01D2,  // abbreviation
        "VS228": 0xE01D3,  // abbreviation
        "VS229": 0xE01D4,  // abbreviation
        "VS230": 0xE01D5,  // abbreviation
        "VS231": 0xE01D6,  // abbreviation
        "VS232": 0xE01D7,  // abbreviation
        "VS233": 0xE01D8,  // abbreviation
        "VS234": 0xE01D9,  // abbreviation
        "VS235": 0xE01DA,  // abbreviation
        "VS236": 0xE01DB,  // abbreviation
        "VS237": 0xE01DC,  // abbreviation
        "VS238": 0xE01DD,  // abbreviation
        "VS239": 0xE01DE,  // abbreviation
        "VS240": 0xE01DF,  // abbreviation
        "VS241": 0xE01E0,  // abbreviation
        "VS242": 0xE01E1,  // abbreviation
        "VS243": 0xE01E2,  // abbreviation
        "VS244": 0xE01E3,  // abbreviation
        "VS245": 0xE01E4,  // abbreviation
        "VS246": 0xE01E5,  // abbreviation
        "VS247": 0xE01E6,  // abbreviation
        "VS248": 0xE01E7,  // abbreviation
        "VS249": 0xE01E8,  // abbreviation
        "VS250": 0xE01E9,  // abbreviation
        "VS251": 0xE01EA,  // abbreviation
        "VS252": 0xE01EB,  // abbreviation
        "VS253": 0xE01EC,  // abbreviation
        "VS254": 0xE01ED,  // abbreviation
        "VS255": 0xE01EE,  // abbreviation
        "VS256": 0xE01EF,  // abbreviation
    ]
}
