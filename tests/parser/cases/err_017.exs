"""
no end