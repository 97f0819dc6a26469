"""Messages of the answer classifier: loading, training, batch tagging and evaluation."""

MESSAGES: dict[str, str] = {
    "model.missing": "找不到分类模型（{path} 缺少：{files}）。",
    "model.corrupt": "分类模型文件已损坏或无法读取（{path}，{kind}）。",
    "model.fallback": "已改用关键词词典继续标注（无模型）。",
    "model.label_mismatch": "模型的标签与编码手册不一致，拒绝加载。不同的键：{keys}",
    "model.version_mismatch": (
        "模型基于编码手册版本 {model}，当前编码手册版本为 {codebook}，拒绝加载。"
    ),
    "model.lexicon_only": "（仅关键词词典）",
    "model.no_torch": "训练需要 torch 和 transformers（pip install -e '.[train]'）。",
    "model.corpus_missing": "找不到训练语料：{path}",
    "model.bad_jsonl": "{path} 第 {line} 行不是有效的标注记录：{detail}",
    "model.unknown_key": "{path} 第 {line} 行含有编码手册中没有的键：{keys}",
    "model.base_missing": "找不到本地预训练模型：{path}（只从本地文件加载，不会联网下载）",
    "model.train_epoch": "训练第 {epoch}/{epochs} 轮",
    "model.train_done": (
        "训练完成：开发集原因宏平均 F1 {f1:.3f}，标记召回率 {flag_recall:.3f}，"
        "情感准确率 {acc:.3f}；模型已保存到 {path}（{size:.1f} MB，用时 {minutes:.1f} 分钟）。"
    ),
    "model.train_too_big": "注意：模型大小 {size:.1f} MB，超过 30 MB 的发布上限。",
    "model.input_missing": "找不到输入文件：{path}",
    "model.input_format": "不支持的输入格式：{path}（请使用 .jsonl 或 .csv）",
    "model.input_no_text": "{path} 中找不到 text 列或字段。",
    "model.classify_progress": "正在标注",
    "model.classify_done": "已标注 {count} 条，结果写入 {out}。",
    "model.evaluate_progress": "正在评估",
    "model.eval_title": "评估：{path}（{count} 条）",
    "model.eval_key": "键 key",
    "model.eval_ours": "本分类器 classifier",
    "model.eval_baseline": "基线 baseline",
    "model.eval_reasons_macro": "原因宏平均 F1 reasons macro-F1",
    "model.eval_flag_recall": "标记召回率 flag recall",
    "model.eval_flag_precision": "标记精确率 flag precision",
    "model.eval_sentiment_acc": "情感准确率 sentiment accuracy",
    "model.eval_delta": "宏平均 F1 差值（本分类器 − 基线） macro-F1 delta",
    "model.eval_baseline_corpus": "基线训练语料：{path}",
}
