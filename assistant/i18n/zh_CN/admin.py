"""Messages of administration: users and PINs, audit, records, retention, roster, codes."""

MESSAGES: dict[str, str] = {
    # users and PINs
    "admin.users.bad_role": "未知的角色 “{role}”，可选：{roles}",
    "admin.users.bad_pin": "PIN 必须是 4 到 12 位数字。",
    "admin.users.bad_name": "用户名不能为空，不超过 64 个字符，且不能含控制字符。",
    "admin.users.exists": "用户 “{name}” 已存在。",
    "admin.users.unknown": "没有名为 “{name}” 的用户。",
    "admin.users.last_admin": "不能删除最后一个管理员。",
    "admin.users.first_must_be_admin": "第一个用户必须是管理员（--role admin）。",
    "admin.users.role_required": "请用 --role 指定角色：kiosk、interviewer、analyst 或 admin。",
    "admin.users.added": "已添加用户 “{name}”（{role}）。",
    "admin.users.added_first": "已创建第一个管理员 “{name}”。以后的管理命令都需要用 --user 登录。",
    "admin.users.removed": "已删除用户 “{name}”。",
    "admin.users.pin_changed": "已修改 “{name}” 的 PIN。",
    "admin.users.pin_mismatch": "两次输入的 PIN 不一致。",
    "admin.users.list_header": "用户名\t角色\t状态",
    "admin.users.list_row": "{name}\t{role}\t{state}",
    "admin.users.state_ok": "正常",
    "admin.users.state_locked": "锁定至 {until}",
    "admin.users.state_failed": "连续输错 {count} 次",
    "admin.users.none": "还没有任何用户。",
    "admin.role.kiosk": "自助终端",
    "admin.role.interviewer": "面谈人员",
    "admin.role.analyst": "分析人员",
    "admin.role.admin": "管理员",
    # authentication
    "admin.auth.failed": "用户名或 PIN 不正确。",
    "admin.auth.failed_locked": "用户名或 PIN 不正确。连续输错次数过多，请在 {seconds} 秒后再试。",
    "admin.auth.locked": "连续输错次数过多，请在 {seconds} 秒后再试。",
    "admin.auth.user_required": "这个命令需要登录：请用 --user 指定你的用户名。",
    "admin.auth.denied": "用户 “{name}”（{role}）无权执行此操作。",
    "admin.auth.no_pin": "没有读到 PIN（--pin-stdin 的输入已用完）。",
    "admin.prompt.pin": "{name} 的 PIN：",
    "admin.prompt.new_pin": "“{name}” 的新 PIN（4–12 位数字）：",
    "admin.prompt.repeat_pin": "再输入一次：",
    "admin.prompt.passphrase": "私钥口令：",
    "admin.prompt.confirm_delete": "确定要永久删除面谈 {id} 的全部记录吗？输入 yes 确认：",
    # audit
    "admin.audit.ok": "审计日志完整：共 {entries} 条，链头 {head}。",
    "admin.audit.empty": "审计日志为空。",
    "admin.audit.bad": "审计日志第 {seq} 条起不可信：{reason}。",
    "admin.audit.reason.tampered": "内容被篡改",
    "admin.audit.reason.deleted": "有记录被删除",
    "admin.audit.reason.reordered": "记录顺序被调换",
    # records (access and deletion requests)
    "admin.records.not_found": "找不到面谈 {id}（可能已删除、已撤回或从未保存）。",
    "admin.records.header": "面谈 {id}",
    "admin.records.field": "  {key}：{value}",
    "admin.records.verbatims_header": "原话（已解密）：",
    "admin.records.verbatim": "  [{seq}] {text}",
    "admin.records.no_verbatims": "（本次面谈没有保存原话）",
    "admin.records.deleted": "已删除面谈 {id} 的全部记录。",
    "admin.records.delete_cancelled": "已取消，没有删除任何内容。",
    "admin.records.identity_missing": "找不到私钥文件：{path}",
    # retention
    "admin.purge.done": (
        "已按保留期限（{days} 天）删除 {count} 次面谈、"
        "{roster} 条员工名册记录、{codes} 个失效面谈码。"
    ),
    "admin.purge.dry_run": (
        "超过保留期限（{days} 天）的面谈：{count} 次（未删除，去掉 --dry-run 即执行）。"
    ),
    # roster
    "admin.roster.row_error": "第 {line} 行：{message}",
    "admin.roster.missing_file": "找不到文件：{path}",
    "admin.roster.bad_format": "不支持的文件类型：{path}（请用 .csv 或 .xlsx）",
    "admin.roster.bad_encoding": "无法识别文件编码（请用 UTF-8 或 GB18030 保存 CSV）。",
    "admin.roster.bad_xlsx": "无法读取 Excel 文件：{path}",
    "admin.roster.missing_columns": "缺少必需的列：{columns}",
    "admin.roster.empty": "文件里没有任何内容。",
    "admin.roster.missing_value": "缺少{column}",
    "admin.roster.bad_date": "{column}“{value}”无法识别（应为 2024-03-01 这样的日期）",
    "admin.roster.hire_after_leaving": "入职日期晚于离职日期",
    "admin.roster.bad_exit_type": "离职类型“{value}”无法识别（应为 主动 或 被动）",
    "admin.roster.bad_number": "工号格式不符合配置的规则",
    "admin.roster.duplicate": "工号与第 {first} 行重复",
    "admin.roster.summary": "共 {rows} 行：导入 {imported} 行，{rejected} 行有问题未导入。",
    "admin.roster.no_public_key": "找不到 HR 公钥：{path}（名册中的身份信息必须加密保存）",
    # session codes
    "admin.code.issued": "面谈码：{code}",
    "admin.code.valid_until": "有效期至 {until}，只能使用一次。",
    "admin.code.bad_ttl": "有效期必须至少 1 分钟。",
    "admin.code.not_in_roster": "员工名册中没有这个工号，请先导入名册。",
    "admin.code.malformed": "面谈码格式不对，请核对后重新输入（6 位字母和数字）。",
    "admin.code.unknown": "面谈码无效，请核对后重新输入，或找 HR 重新领取。",
    "admin.code.used": "这个面谈码已经用过了，请找 HR 重新领取。",
    "admin.code.expired": "这个面谈码已过期，请找 HR 重新领取。",
}

MESSAGES["admin.records.labels_written"] = (
    "已导出 {count} 条已确认的标注到 {path}。文件含原话，请妥善保管，训练后删除："
    "exit-interview train --extra-jsonl {path}"
)
