"""Messages of the store: recorder status, keys, backup and restore."""

MESSAGES: dict[str, str] = {
    "storage.disk_full": (
        "磁盘已满，刚才的回答暂时只保存在本机内存中。请腾出空间后重试，或选择放弃保存。"
    ),
    "storage.read_only": (
        "数据库当前是只读的，刚才的回答暂时只保存在本机内存中。"
        "请检查存储权限后重试，或选择放弃保存。"
    ),
    "storage.write_failed": "暂时无法写入数据库，刚才的回答保存在本机内存中，稍后会自动重试。",
    "storage.unexpected": "保存时出现意外问题（{kind}），回答暂时保存在本机内存中。",
    "storage.saved_after_retry": "之前未保存的内容已经写入数据库。",
    "storage.abandoned": "已放弃保存 {count} 项未写入的内容。",
    "storage.no_public_key": "未配置人力资源部的公钥，无法加密原话：本次只保留分类，不保存原话。",
    "storage.verbatim_unavailable": "“保留原话”暂不可用（未配置公钥）。",
    "storage.keys_created": (
        "已生成密钥对。\n公钥（可以留在本机）：{public}\n私钥（已用口令加密）：{identity}"
    ),
    "storage.keys_move_identity": "请把私钥文件移到人力资源部的电脑上保管，不要留在面谈终端上。",
    "storage.keys_exists": (
        "公钥文件已存在：{path}。如确需更换，请加 --force（旧的私钥仍可解密以前的记录）。"
    ),
    "storage.identity_exists": "私钥文件已存在：{path}，不会覆盖。",
    "storage.passphrase_prompt": "请设置私钥口令：",
    "storage.passphrase_again": "请再输入一次：",
    "storage.passphrase_mismatch": "两次输入的口令不一致。",
    "storage.passphrase_empty": "口令不能为空。",
    "storage.backup_done": "已备份到：{path}（SHA-256 {digest}）",
    "storage.backup_failed": "备份失败：{detail}",
    "storage.backup_no_targets": "没有配置备份位置。",
    "storage.restore_done": "已从 {path} 恢复数据库；重新执行了 {count} 项撤回/删除。",
    "storage.restore_missing": "找不到备份文件：{path}",
    "storage.restore_no_checksum": "备份文件缺少校验文件：{path}",
    "storage.restore_bad_checksum": "备份文件校验失败（文件可能已损坏或被改动）：{path}",
    "storage.restore_not_db": "备份文件不是有效的数据库：{path}",
    "storage.db_open_failed": "无法打开数据库 {path}：{detail}",
    "storage.coded_progress": "正在生成编码数据：{done}/{total}（{pct}%）",
    "storage.reindex_done": "已重新生成 {count} 次面谈的编码数据。",
    "storage.reindex_failed": "重新生成编码数据失败：{detail}",
}
