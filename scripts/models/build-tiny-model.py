#!/usr/bin/env python3
"""Writes a tiny, complete GGUF model (Llama or Qwen2 architecture) whose greedy output is fixed.

The weights are set by hand, not trained. Attention and feed-forward outputs are zero, so the residual
stream at every position is just the current token's embedding; the output projection then maps each
token to the logits of the token that follows it in a chosen sentence (a bigram table). Every token of
the sentence therefore needs its own successor: the plan (written by tests/models/tiny.ts) guarantees
it. Tokens outside the plan share one embedding that predicts the sentence's first token, so any prompt
(chat template, completion prompt) is followed by the sentence.

Each step has a top token at logit TOP and a deliberate runner-up at TOP - gap; every other token sits
at 0, so with a 150k vocabulary the runner-up is the only other candidate worth a look.

Usage: build-tiny-model.py --gguf-py DIR --vocab VOCAB.gguf --plan PLAN.json --out MODEL.gguf
The vocabulary (tokens, merges, special ids, chat template) is copied from a vocab-only GGUF file of
llama.cpp's source tree; only gguf-py (MIT), numpy and PyYAML are needed.
"""

import argparse
import json
import sys
from pathlib import Path

N_EMBD = 64
N_LAYER = 2
N_HEAD = 4
N_FF = 128
N_CTX = 4096
# Logit of each step's top token. exp(20) dwarfs 150k tokens at logit 0 (their mass is about 3e-4).
TOP = 20.0


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gguf-py", required=True, help="llama.cpp's gguf-py directory")
    parser.add_argument("--vocab", required=True, help="a vocab-only GGUF file")
    parser.add_argument("--plan", required=True, help="JSON plan from tests/models/tiny.ts")
    parser.add_argument("--out", required=True, help="where to write the model")
    return parser.parse_args()


def check_plan(plan: dict, n_vocab: int) -> None:
    steps = plan["steps"]
    if len(steps) + 1 > N_EMBD:
        sys.exit(f"the sentence has {len(steps)} tokens; at most {N_EMBD - 1} fit in n_embd {N_EMBD}")
    seen = set()
    for step in steps:
        if step["after"] in seen:
            sys.exit(f"token {step['after']} occurs twice: a bigram model cannot give it two successors")
        seen.add(step["after"])
    for step in [plan["start"], *steps]:
        for key in ("top", "runnerUp"):
            if not 0 <= step[key] < n_vocab:
                sys.exit(f"token id {step[key]} is outside the vocabulary")
        if step["top"] == step["runnerUp"]:
            sys.exit(f"step {step} has the same top token and runner-up")
        if not 0 < step.get("gap", 2) < TOP:
            sys.exit(f"gap of step {step} must lie in (0, {TOP})")


def copy_tokenizer(reader, writer, gguf, plan: dict) -> None:
    """Copies every tokenizer.* key of the vocab file, then applies the plan's end token and template."""
    for field in reader.fields.values():
        if not field.name.startswith("tokenizer."):
            continue
        vtype = field.types[0]
        sub_type = field.types[-1] if vtype == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, field.contents(), vtype, sub_type=sub_type)
    writer.add_key_value("tokenizer.ggml.eos_token_id", plan["eos"], gguf.GGUFValueType.UINT32)
    if plan.get("chatTemplate"):
        writer.add_key_value("tokenizer.chat_template", plan["chatTemplate"], gguf.GGUFValueType.STRING)


def main() -> None:
    args = parse_args()
    sys.path.insert(0, args.gguf_py)
    try:
        import numpy as np  # noqa: E402
        import yaml  # noqa: E402,F401  (gguf-py imports it)
    except ImportError as error:
        sys.exit(
            f"{error}: the tiny test models need Python 3 with numpy and PyYAML "
            "(pip install numpy pyyaml, or apt-get install python3-numpy python3-yaml)"
        )
    import gguf  # noqa: E402  (from llama.cpp's tree, path given at run time)

    plan = json.loads(Path(args.plan).read_text(encoding="utf-8"))
    arch = plan["architecture"]
    if arch not in ("llama", "qwen2"):
        sys.exit(f"architecture {arch!r} is not supported (llama, qwen2)")

    reader = gguf.GGUFReader(args.vocab)
    n_vocab = len(reader.fields["tokenizer.ggml.tokens"].data)
    check_plan(plan, n_vocab)

    writer = gguf.GGUFWriter(args.out, arch)
    writer.add_name(plan["name"])
    writer.add_context_length(N_CTX)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYER)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_rope_freq_base(10000.0)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(n_vocab)
    writer.add_file_type(gguf.LlamaFileType.MOSTLY_F16)
    copy_tokenizer(reader, writer, gguf, plan)

    # Residual stream = embedding. Dimension 0: "any other token"; dimension k: the k-th sentence token.
    embd = np.zeros((n_vocab, N_EMBD), dtype=np.float32)
    embd[:, 0] = 1.0
    # RMS norm turns a one-hot row into 1/sqrt(1/N_EMBD) = 8 at its dimension; the output row divides it back.
    scale = (1.0 / N_EMBD) ** 0.5
    output = np.zeros((n_vocab, N_EMBD), dtype=np.float32)

    def predict(dim: int, step: dict) -> None:
        output[step["top"], dim] = TOP * scale
        output[step["runnerUp"], dim] = (TOP - step.get("gap", 2)) * scale

    predict(0, plan["start"])
    for k, step in enumerate(plan["steps"], start=1):
        embd[step["after"], :] = 0.0
        embd[step["after"], k] = 1.0
        predict(k, step)

    f16 = np.float16
    writer.add_tensor("token_embd.weight", embd.astype(f16))
    writer.add_tensor("output_norm.weight", np.ones(N_EMBD, dtype=np.float32))
    writer.add_tensor("output.weight", output.astype(f16))
    zero = np.zeros((N_EMBD, N_EMBD), dtype=f16)
    for layer in range(N_LAYER):
        block = f"blk.{layer}"
        writer.add_tensor(f"{block}.attn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            writer.add_tensor(f"{block}.{name}.weight", zero)
        if arch == "qwen2":
            for name in ("attn_q", "attn_k", "attn_v"):
                writer.add_tensor(f"{block}.{name}.bias", np.zeros(N_EMBD, dtype=np.float32))
        writer.add_tensor(f"{block}.ffn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        writer.add_tensor(f"{block}.ffn_gate.weight", np.zeros((N_FF, N_EMBD), dtype=f16))
        writer.add_tensor(f"{block}.ffn_up.weight", np.zeros((N_FF, N_EMBD), dtype=f16))
        writer.add_tensor(f"{block}.ffn_down.weight", np.zeros((N_EMBD, N_FF), dtype=f16))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


if __name__ == "__main__":
    main()
