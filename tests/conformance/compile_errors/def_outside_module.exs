# def is only valid inside defmodule.
def hello, do: :world
