"""Bash completion that keeps an id whole. Imported (and so registered with click) only when a
shell asks albres for completions: no other call pays for click's completion module."""

from __future__ import annotations

import os

from click.shell_completion import BashComplete, CompletionItem, add_completion_class, split_arg_string


class ColonBashComplete(BashComplete):
    """Bash completion that keeps an id whole: bash splits words at ':' (COMP_WORDBREAKS), so
    `show person:ab` arrives as `person`, `:`, `ab`. The parts are joined again before click
    reads them, and only the part after the last ':' is offered, as bash replaces only that."""

    after_colon = 0

    def get_completion_args(self) -> tuple[list[str], str]:
        words = split_arg_string(os.environ["COMP_WORDS"])
        cword = int(os.environ["COMP_CWORD"])
        joined: list[str] = []
        glue = split = False  # the last word ended in a ':' bash split off; the current one did
        for word in words[: cword + 1]:
            split = word == ":" and bool(joined)
            if split:
                joined[-1] += ":"
            elif glue:
                joined[-1] += word
                split = True
            else:
                joined.append(word)
            glue = word == ":" and bool(joined)
        incomplete = joined.pop() if len(words) > cword else ""
        if split:
            self.after_colon = incomplete.rindex(":") + 1
        return joined[1:], incomplete

    def format_completion(self, item: CompletionItem) -> str:
        return f"{item.type},{item.value[self.after_colon :]}"


add_completion_class(ColonBashComplete)
