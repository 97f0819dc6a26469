"""Messages of the kiosk, the shared chat widgets and the terminal/browser commands."""

MESSAGES: dict[str, str] = {
    # Application
    "tui.title": "离职面谈助手",
    "tui.subtitle": "您说的话，只在您同意的范围内保留",
    "tui.tagger_loading": "正在准备...",
    "tui.tagger_ready": "",
    "tui.tagger_failed": "自动归类暂不可用，面谈照常进行。",
    "tui.thinking": "（正在理解您的回答）",
    # Welcome
    "tui.welcome.heading": "欢迎",
    "tui.welcome.body": (
        "感谢您在离开之前抽出几分钟。\n"
        "这是一次简短的对话，大约需要 10 到 15 分钟，您可以随时跳过任何问题，或随时停止。"
    ),
    "tui.welcome.start": "开始",
    "tui.welcome.code_label": "如果 HR 给了您一个面谈码，可以在这里输入（可不填，不填即匿名）：",
    "tui.welcome.code_placeholder": "面谈码（可不填）",
    "tui.welcome.code_bad": "这个面谈码无法使用（可能已用过或已过期）。您可以清空它，匿名开始。",
    "tui.welcome.code_busy": "正在核对面谈码...",
    # Introduction
    "tui.intro.heading": "在开始之前",
    "tui.intro.who": "我们是谁：公司人力资源部委托的离职面谈助手，由 HR 团队负责解读结果。",
    "tui.intro.why": "为什么问：想听听您真实的感受，帮助公司把管理、待遇和工作条件做得更好。",
    "tui.intro.safe": (
        "保密：您的回答会严格保密，只按您下一步选择的方式保存；汇总报告不会单独列出任何人。"
    ),
    "tui.intro.harmless": (
        "不影响：说什么、不说什么，都不会影响您的离职手续、工资结算和任何证明材料。"
    ),
    "tui.intro.continue": "继续",
    # Consent
    "tui.consent.heading": "请选择这次谈话的记录方式",
    "tui.consent.hint": "三种方式任选其一，没有预先选好的选项。以后也可以随时撤回。",
    "tui.consent.full": "保留原话",
    "tui.consent.full_help": (
        "保存您说的原话（加密保存，只有 HR 能看），以及您确认过的离职原因分类。"
    ),
    "tui.consent.coded": "只保留分类",
    "tui.consent.coded_help": "只保存您确认过的原因分类（比如「薪酬福利」），您的原话不会保存。",
    "tui.consent.none": "不记录",
    "tui.consent.none_help": "什么都不保存。您仍然可以和助手聊，结束后一切都会被清除。",
    "tui.consent.sensitive_q": (
        "另外一个单独的问题：如果您谈到健康状况，或者对某人某事的投诉、举报，"
        "可以把这部分也保存下来吗？"
    ),
    "tui.consent.sensitive_yes": "可以保存",
    "tui.consent.sensitive_no": "不要保存这部分",
    "tui.consent.continue": "确定，开始谈话",
    "tui.consent.missing": "请先选择一种记录方式。",
    "tui.consent.missing_sensitive": "请回答关于敏感内容的问题。",
    "tui.consent.selected": "（已选）",
    # Chat
    "tui.chat.composer_placeholder": "在这里输入您的回答...",
    "tui.chat.composer_help": "Enter 发送 | Ctrl+J 换行",
    "tui.chat.counter": "{count}/{cap}",
    "tui.chat.capped": "已达到 {cap} 字上限。",
    "tui.chat.wait": "请稍等，正在理解您刚才的回答。",
    "tui.chat.skip": "跳过",
    "tui.chat.back": "上一题",
    "tui.chat.withdraw": "撤回 / 不再记录",
    "tui.chat.keep_words_off": "不留这条原话",
    "tui.chat.words_off_done": "好的，您上一条回答的原话不会保存，只保留分类。",
    "tui.chat.no_words_kept": "这次谈话本来就不保存原话。",
    "tui.chat.skipped": "（跳过）",
    "tui.chat.went_back": "回到上一题。",
    "tui.chat.none_of_these": "都不是",
    "tui.chat.confirm": "确认",
    "tui.chat.chips_help": "按数字键或点击可取消/选中，然后点「确认」。",
    "tui.chat.options_help": "按数字键 1 到 9 或点击选择。",
    "tui.chat.progress": "进度",
    "tui.chat.progress_near_end": "快结束了",
    "tui.chat.save_problem": (
        "暂时无法写入本机存储。您的回答仍在内存中，可以继续；请结束后告诉工作人员。"
    ),
    "tui.chat.save_ok": "存储已恢复。",
    # Withdraw
    "tui.withdraw.question": "确定撤回吗？本次面谈的所有记录都会被删除，之后不再记录任何内容。",
    "tui.withdraw.yes": "确定撤回",
    "tui.withdraw.no": "再想想",
    # Idle
    "tui.idle.question": "您还在吗？",
    "tui.idle.body": "如果一段时间没有操作，为了保护您的隐私，本次内容会被清空，并回到开始页面。",
    "tui.idle.stay": "我还在",
    # Closing
    "tui.closing.heading": "谢谢您",
    "tui.closing.kept_full": "我们会保存：您的原话（加密保存）和您确认过的原因分类。",
    "tui.closing.kept_coded": "我们会保存：您确认过的原因分类。您的原话没有保存。",
    "tui.closing.kept_none": "按您的选择，这次谈话没有保存任何内容。",
    "tui.closing.kept_withdrawn": "已撤回：本次面谈的所有记录都已删除。",
    "tui.closing.sensitive_no": "涉及健康或投诉的内容不会保存。",
    "tui.closing.farewell": "感谢您的坦诚。祝您今后工作顺利、一切都好！",
    "tui.closing.reset_hint": "本页面会在 {seconds} 秒后自动清空。",
    "tui.closing.done": "完成",
    # Admin (PIN)
    "tui.pin.heading": "管理员",
    "tui.pin.name": "用户名",
    "tui.pin.pin": "PIN",
    "tui.pin.exit": "退出程序",
    "tui.pin.handover": "交给 HR",
    "tui.pin.cancel": "取消",
    "tui.pin.wrong": "用户名或 PIN 不正确。",
    "tui.pin.wait": "请 {seconds} 秒后再试。",
    "tui.pin.no_store": "没有连接用户库，无法验证。",
    "tui.pin.setup_mode": (
        "首次使用：还没有设置管理员，可以直接选择「退出程序」或「交给 HR」。"
        "设置后才会要求 PIN：exit-interview users add 名字 --role admin"
    ),
    "tui.pin.not_allowed": "该用户没有这项权限。",
    "tui.pin.checking": "正在验证...",
    # Interviewer placeholder (when the console is not installed)
    "tui.interviewer.missing": "HR 控制台尚未安装。",
    # Commands
    "tui.cmd.kiosk": "启动面谈终端（员工自助，锁定模式）",
    "tui.cmd.interview": "启动 HR 面谈控制台",
    "tui.cmd.serve": "在浏览器中提供面谈终端（默认只监听本机）",
    "tui.cmd.bank": "题库文件（默认：通用离职面谈题库）",
    "tui.cmd.host": "监听地址（默认 127.0.0.1；对外开放前请放在带身份验证的反向代理之后）",
    "tui.cmd.port": "端口（默认 8000）",
    "tui.cmd.public_warning": "注意：正在监听 {host}。请确保前面有带身份验证的反向代理。",
}
